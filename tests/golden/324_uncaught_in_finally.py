# An exception raised in a finally block replaces the original one and goes uncaught.
log = []
def process(items):
    try:
        for it in items:
            log.append(it)
            print("processing", it)
            if it == "bad":
                raise ValueError("bad item encountered")
    finally:
        print("cleanup with log", log)
        if len(log) > 2:
            raise RuntimeError(f"cleanup failed after {len(log)} items")
process(["a", "b"])
print("first batch fine")
process(["c", "bad", "never"])
print("not reached")
