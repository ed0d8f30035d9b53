# Exceptions propagating through many frames, partially handled on the way.
trail = []
def a(n):
    trail.append("a enter")
    try:
        return b(n)
    finally:
        trail.append("a finally")
def b(n):
    trail.append("b enter")
    try:
        return c(n)
    except KeyError:
        trail.append("b handled KeyError")
        return "b-recovered"
def c(n):
    trail.append("c enter")
    if n == 0:
        raise KeyError("zero")
    if n == 1:
        raise ValueError("one")
    return "c-normal"
for n in (0, 1, 2):
    trail.clear()
    try:
        print(n, a(n))
    except ValueError as e:
        print(n, "ValueError escaped:", e)
    print("  ", trail)
def recursive_fail(depth):
    if depth == 0:
        raise IndexError("bottom reached")
    try:
        return recursive_fail(depth - 1)
    finally:
        if depth % 2 == 0:
            print("  unwinding depth", depth)
try:
    recursive_fail(6)
except IndexError as e:
    print("caught at top:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
print([safe_div(x, y) for x, y in [(1, 2), (1, 0), (-1, 0), (0, 0)]])
def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            results.append(int(item))
        except (ValueError, TypeError) as e:
            errors.append(f"{item!r}: {type(e).__name__}")
    return results, errors
print(parse_all(["1", "two", "3", None, 4.7, "5"]))
class Resource:
    def __init__(self, name):
        self.name = name
        print("  open", name)
    def close(self):
        print("  close", self.name)
def use_resources(fail_at):
    opened = []
    try:
        for name in ["r1", "r2", "r3"]:
            if name == fail_at:
                raise RuntimeError("cannot open " + name)
            opened.append(Resource(name))
        return "all opened"
    finally:
        for r in reversed(opened):
            r.close()
print(use_resources(None))
try:
    use_resources("r3")
except RuntimeError as e:
    print("RuntimeError:", e)
