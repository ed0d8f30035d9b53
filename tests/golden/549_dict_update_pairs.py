# dict(iterable) and d.update(iterable): pairs taken one at a time and stored as they
# come (a failure part way leaves the earlier pairs in an updated dict), pair tuples
# taken apart directly, anything else converted; CPython's errors.

print(dict(zip(range(5), "abcde")), dict([(1, 2), [3, 4], "xy", b"AB"]))
print(dict(enumerate("hey")), dict(((i, i * i) for i in range(4))), dict(zip("ab", [1])))
print(dict([(1, "first"), (1, "second")]), dict([], z=1), dict({1: 2}, a=3))

d = {"keep": 0}
def gen():
    yield ("a", 1)
    yield ("b", 2)
    raise KeyError("stop")
try:
    d.update(gen())
except KeyError as e:
    print("KeyError:", e, d)

for bad in [[(1, 2), 5], [(1, 2), (1, 2, 3)], [(1, 2), "abc"], [(1,)], [([], 1)], [None]]:
    d = {}
    try:
        d.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, d)

class Pair(tuple):
    pass
print(dict([Pair((1, 2))]), dict([[5, 6]]))

class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(KeysOnly()), {**KeysOnly()})
d = {}
d.update(KeysOnly(), r=1)
print(d)

# zip: strict, several iterables, exhaustion, used twice.
z = zip([1, 2, 3], "ab", (True, False, None))
print(list(z), list(z))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip()), list(zip([1])), sorted(dict(zip(range(50), range(50, 100))).items())[-2:])
