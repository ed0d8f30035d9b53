# Uncaught TimeoutError after a simulated retry loop.
attempts = []
def fake_request(n):
    attempts.append(n)
    print(f"attempt {n}: no response")
    return None
def fetch(retries=3):
    for n in range(1, retries + 1):
        result = fake_request(n)
        if result is not None:
            return result
    raise TimeoutError(f"operation timed out after {retries} retries")
print(isinstance(TimeoutError(), OSError))
try:
    fetch(1)
except TimeoutError as e:
    print("first call failed:", e)
fetch()
print("not reached")
