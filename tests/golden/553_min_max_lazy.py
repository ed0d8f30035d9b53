# min() and max() over one iterable take one item at a time: the iterable's side
# effects, key calls and comparisons interleave as in CPython. Generators compare ints
# and floats inside their frame; everything else the general way.

log = []

def gen(items):
    for x in items:
        log.append(f"yield {x!r}")
        yield x

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        ov = o.v if isinstance(o, V) else o
        log.append(f"lt {self.v} {ov}")
        return self.v < ov
    def __gt__(self, o):
        ov = o.v if isinstance(o, V) else o
        log.append(f"gt {self.v} {ov}")
        return self.v > ov
    def __repr__(self):
        return f"V({self.v})"

def show(label, value):
    print(label, repr(value), log)
    log.clear()

show("min ints", min(gen([3, 1, 2, 1])))
show("max ints", max(gen([3, 1, 3, 2])))
show("floats", (min(gen([2.5, -1.5, 0.0])), max(gen([2.5, -1.5, 7.25]))))
show("mixed", (min(gen([3, 2.5, 2, True])), max(gen([1, 1.0, True]))))
show("nan", (min(gen([float("nan"), 1.0, 0.5])), max(gen([1.0, float("nan"), 0.5]))))
show("big", (max(gen([1, 2**70, 5])), min(gen([2**70, -(2**70), 3]))))
show("objects", (min(gen([V(3), V(1), V(2)])), max(gen([V(3), V(1), V(5)]))))
show("ints then object", min(gen([4, 2, V(1), 3])))
show("strings", (min(gen(["pear", "apple", "fig"])), max(gen(["b", "a"]))))
show("key", min(gen([3, -5, 2]), key=lambda x: (log.append(f"key {x}"), abs(x))[1]))
show("key max", max(gen(["aa", "b", "cc"]), key=len))
show("default", (min(gen([]), default="none"), max(gen([]), default=None)))
show("genexpr", (max(x % 97 for x in range(1000)), min(x * 3 for x in range(10, 0, -1))))
show("map", min(map(lambda x: (log.append(f"map {x}"), -x)[1], [1, 5, 3])))
show("iter", (max(iter([4, 9, 2])), min(range(5, 0, -1)), max("hello"), min({3: 0, 1: 0})))
show("list", (min([V(2), V(1)]), max((4, 8, 6)), min([3, 1], key=lambda x: -x)))
show("args", (min(3, 1, 2), max("a", "b"), min(1, 2, key=lambda x: -x)))
show("ties", (min(gen([V(1), V(1)])) is not None, max(gen([1, 1.0])), min(gen([1.0, 1]))))

for call in [lambda: min(gen([])), lambda: max([]), lambda: min(1, 2, default=0),
             lambda: max(gen([1, "a"])), lambda: min(5), lambda: max(gen([1]), foo=1)]:
    try:
        show("result", call())
    except (TypeError, ValueError) as e:
        show(type(e).__name__, str(e))

def boom():
    yield 1
    raise KeyError("k")
try:
    max(boom())
except KeyError as e:
    show("raised", repr(e))
