# One thread is inside a dict/set/list operation whose key comparison runs Python code
# that blocks (here time.sleep, but a GIL switch can happen in any Python __eq__);
# meanwhile another thread mutates the same container. Both must succeed, as in CPython
# (a dict or set lookup that sees its table change restarts; it does not fail).
import threading
import time


class Slow:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 0  # every Slow collides, so lookups compare with __eq__

    def __eq__(self, other):
        time.sleep(0.05)  # releases the GIL in the middle of the lookup
        return isinstance(other, Slow) and self.v == other.v


def probe(name, container, op, mutate):
    errors = []

    def other():
        time.sleep(0.02)  # arrive while op() is inside __eq__
        try:
            mutate(container)
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}")

    t = threading.Thread(target=other)
    t.start()
    try:
        res = repr(op(container))
    except Exception as e:
        res = f"{type(e).__name__}: {e}"
    t.join()
    print(f"{name}: main -> {res}; other thread -> {errors or 'ok'}")


probe("dict setitem", {Slow(1): 1}, lambda d: d.__setitem__(Slow(2), 2), lambda d: d.__setitem__("x", 1))
probe("dict get", {Slow(1): 1}, lambda d: d.get(Slow(2)), lambda d: d.__setitem__("x", 1))
probe("dict contains", {Slow(1): 1}, lambda d: Slow(2) in d, lambda d: d.__setitem__("x", 1))
probe("dict tuple key", {(Slow(1),): 1}, lambda d: d.get((Slow(2),)), lambda d: d.__setitem__("x", 1))
probe("set add", {Slow(1)}, lambda s: s.add(Slow(2)), lambda s: s.add("x"))
probe("set contains", {Slow(1)}, lambda s: Slow(2) in s, lambda s: s.add("x"))
probe("list contains", [Slow(1), Slow(2)], lambda l: Slow(3) in l, lambda l: l.append(0))
probe("list index", [Slow(1), Slow(2), Slow(3)], lambda l: l.index(Slow(3)), lambda l: l.append(0))
