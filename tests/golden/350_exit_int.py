# sys.exit(3): exit status 3, nothing on stderr, output before it is flushed.
import sys
def check(values):
    bad = [v for v in values if v < 0]
    for v in values:
        print("value", v, "ok" if v >= 0 else "NEGATIVE")
    return len(bad)
errors = check([5, -1, 3, -7, 0])
print("errors found:", errors)
if errors:
    print("exiting with status 3")
    sys.exit(3)
print("not reached")
