# Tuples: creation, repr, immutability, methods, hashing.
t = (1, 2, 3)
print(t, (), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), 1, 2)
x = 1, 2
y = 1,
print(x, y, type(y).__name__, len(()), len((None,)), ((),), ((1,),))
print(t[0], t[-1], t[1:], t[::-1], t[5:], t + (4,), t * 2, (0,) * 3, () * 5, 2 in t, 5 not in t)
print(t.count(2), t.index(3), (1, 2, 1, 1).count(1), (1, 2, 3, 2).index(2, 2))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 100), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair", (): "empty"}[(1, 2)])
nested = (1, [2, 3], (4, 5))
nested[1].append(99)
print(nested)
try:
    nested[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError:", e)
u = t
t += (4,)
print(t, u, t is u)
print(sorted((3, 1, 2)), max((1, 5)), sum((1.5, 2.5)), tuple(sorted({3: 0, 1: 0})))
print(tuple(i * i for i in range(4)), (i for i in ()).__class__.__name__)
points = [(3, 4), (1, 2), (3, 1), (0, 0)]
print(sorted(points), min(points), max(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(repr((1, "a", None, 2.5, (3,))), str(("x",)), ("a" "b",), (("a"),))
