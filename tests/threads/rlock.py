# RLock is reentrant for its owner and exclusive against other threads.
import threading
import time

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire())
with r:
    with r:
        print("nested with works")

result = []


def other():
    result.append(r.acquire(timeout=0.1))   # held by main: fails
    result.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        result.append(f"RuntimeError: {e}")


t = threading.Thread(target=other)
t.start()
t.join()
print("other thread while main holds it:", result)
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("release when not held:", e)

got = []


def later():
    with r:
        got.append("other thread acquired after release")


t = threading.Thread(target=later)
t.start()
t.join()
print(got)


def recurse(n):
    with r:
        return 0 if n == 0 else 1 + recurse(n - 1)


print("recursion under RLock:", recurse(50))
