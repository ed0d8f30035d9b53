# Context managers that suppress exceptions, and ones that transform them.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not printed")
print("suppressed:", repr(s.caught))
with Suppress(KeyError, IndexError) as s:
    [][5]
print("suppressed:", repr(s.caught))
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("continued after truthy exit")
class Falsy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("falsy return propagates")
except RuntimeError as e:
    print("RuntimeError:", e)
class Transform:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError(f"transformed {exc}") from exc
        return False
try:
    with Transform():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
def first_non_error(funcs):
    for f in funcs:
        with Suppress(Exception) as s:
            return f()
        print("  skipped because of", type(s.caught).__name__)
    return None
print(first_non_error([lambda: 1 / 0, lambda: [][0], lambda: "third works", lambda: "fourth"]))
count = 0
for i in range(5):
    with Suppress(ValueError):
        if i % 2:
            raise ValueError(i)
        count += 1
print("count", count)
class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self
    def __exit__(self, et, e, tb):
        self.log.append("stop" if et is None else "stop-with-" + et.__name__)
t = Timer()
with t:
    pass
with Suppress(TypeError):
    with t:
        None + 1
print(t.log)
