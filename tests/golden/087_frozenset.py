# frozenset: immutability, hashing, mixing with set.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset("") == frozenset(), type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
s = {1, 2}
print(s | f, type(s | f).__name__, f | s, type(f | s).__name__, s == frozenset({1, 2}))
d = {f: "first", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], hash(f) == hash(frozenset([1, 2, 3])))
nested = {frozenset({1}), frozenset({1, 2}), frozenset({1})}
print(len(nested), sorted(len(x) for x in nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([9]), f.intersection(range(2)), f.issubset(range(10)), f.copy() == f)
power = [frozenset()]
for x in [1, 2, 3]:
    power += [p | {x} for p in power]
print(len(power), sorted(sorted(p) for p in power))
print(frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset([1]) == {1}, {frozenset([1]): 1}[frozenset({1})])
print(repr(frozenset({5})), str(frozenset({7, 6})), repr(set()), repr(frozenset()))
