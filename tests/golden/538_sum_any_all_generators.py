# sum(), any() and all() over generators: every item seen once, in order, with the
# generator's own side effects interleaved exactly as a plain loop would see them;
# short-circuiting leaves the generator suspended at the right item.

log = []

def gen(items, name="g"):
    for x in items:
        log.append(f"{name}:{x!r}")
        y = yield x
        if y is not None:
            log.append(f"{name} got {y!r}")
    log.append(f"{name} done")


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        log.append(f"add {self.v}+{o!r}")
        return Loud(self.v + (o.v if isinstance(o, Loud) else o))

    def __radd__(self, o):
        log.append(f"radd {o!r}+{self.v}")
        return Loud(o + self.v)

    def __bool__(self):
        log.append(f"bool {self.v}")
        return bool(self.v)

    def __repr__(self):
        return f"Loud({self.v})"


def show(label, value):
    print(label, repr(value), log)
    log.clear()


# sum: ints, floats, bools, mixtures, overflow into big ints, start values.
show("ints", sum(gen([1, 2, 3])))
show("floats", sum(gen([0.5, 0.25, 1e300, -1e300])))
show("bools", sum(gen([True, False, True, True])))
show("mixed", sum(gen([1, 2.5, True, 3])))
show("big", sum(gen([2**62, 2**62, 2**62, -5])))
show("big2", sum(x for x in [2**63 - 1, 1, -(2**64)]))
show("start float", sum(gen([1, 2]), 0.5))
show("start list", sum(gen([[1], [2, 3]]), []))
show("start tuple", sum((t for t in [(1,), (2,)]), ()))
show("empty", sum(gen([])))
show("empty start", sum(gen([]), 7))
show("objects", sum(gen([1, Loud(10), 2, Loud(20), 3])))
show("nan", sum(gen([float("nan"), 1.0])))
show("inf", sum(gen([float("inf"), float("-inf")])))
show("negzero", sum(gen([-0.0]), -0.0))
show("genexpr", sum(i * i for i in range(100)))
show("cond", sum(1 for i in range(50) if i % 7 == 0))
show("cmp", sum(i > 40 for i in range(50)))

# An item that cannot be added: the error, after the items before it.
try:
    sum(gen([1, 2, "x", 3]))
except TypeError as e:
    show("type error", str(e))

# The generator raises part way.
def boom():
    yield 1
    yield 2
    raise ValueError("boom")

try:
    sum(boom())
except ValueError as e:
    show("raised", str(e))

# Nested: the generator's own body sums another generator.
def outer():
    for i in range(3):
        yield sum(gen(range(i + 1), f"in{i}"))

show("nested", sum(outer()))

# A partly consumed generator, then summed.
g = gen([5, 6, 7, 8])
next(g)
show("partial", sum(g))

# The value of a yield expression is None under sum, as with next().
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    log.append(repr(got))

show("yield value", sum(echo()))

# __add__ that advances the same generator.
class Grabby:
    def __init__(self, g):
        self.g = g

    def __radd__(self, o):
        nxt = next(self.g, None)
        log.append(f"grabbed {nxt!r}")
        return o + (nxt or 0)

def with_grab():
    g = None
    def inner():
        yield 1
        yield Grabby(holder[0])
        yield 100
        yield 1000
    holder = [None]
    g = inner()
    holder[0] = g
    return g

show("grabby", sum(with_grab()))

# any / all: short-circuit, order of side effects, truthiness of each kind.
for items in ([0, 0, 3, 4], [0, 0.0, None, False], [], [0, "", "x"], [0, Loud(0), Loud(2), 5],
              [float("nan")], [-0.0, 0, 0.0 * -1], [[], (), {}, {1}]):
    g = gen(items)
    r = any(g)
    show(f"any {items!r}", (r, next(g, "end")))
    g = gen(items)
    r = all(g)
    show(f"all {items!r}", (r, next(g, "end")))

for items in ([1, 2, 0, 5], [1, 1.5, True, -1], [1, None, 2], [1, Loud(1), Loud(0), 1]):
    g = gen(items)
    r = all(g)
    show(f"all {items!r}", (r, next(g, "end")))

show("any genexpr", any(i > 998 for i in range(1000)))
show("all genexpr", all(i >= 0 for i in range(1000)))
show("any none", any(x for x in [None, None]))

def raising_any():
    yield 0
    raise KeyError("k")

try:
    any(raising_any())
except KeyError as e:
    show("any raised", repr(e))

# A generator left suspended by any() runs its finally block when closed.
def guarded():
    try:
        yield 0
        yield 1
        yield 2
    finally:
        log.append("finally")

g = guarded()
show("guarded any", any(g))
g.close()
show("closed", None)

# list(), tuple() and sorted() still take every item.
show("list", list(gen([3, 1, 2])))
show("sorted", sorted(gen([3, 1, 2])))
show("tuple", tuple(x * 2 for x in range(4)))

# str.join over a generator: every item taken first, then joined.
show("join", "-".join(gen(["a", "b", "c"])))
show("join str()", ",".join(str(x) for x in range(12)))
try:
    "-".join(gen(["a", 1, "c"]))
except TypeError as e:
    show("join error", str(e))
try:
    "-".join(boom())
except ValueError as e:
    show("join raised", str(e))
show("join empty", "+".join(x for x in ""))
class S(str):
    def __str__(self):
        return "custom"
show("str()", (str(S("v")), type(str(S("v"))).__name__, str(12), str(2.5), str(None), str(b"x"), str()))
