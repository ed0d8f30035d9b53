# __eq__ and __hash__: use as dict keys and set members, unhashable when only __eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = [Point(1, 2), Point(1, 2), Point(2, 1), Point(0, 0)]
print(len(set(pts)), Point(1, 2) in set(pts), Point(9, 9) in set(pts))
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(3, 4)] = "c"
print(d, d[Point(3, 4)], hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(5, 6)) == hash((5, 6)))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2, len({p1, p2, p1}), hash(p1) == hash(p1))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __repr__(self):
        return f"Key({self.k!r})"
kd = {}
for name in ["Alpha", "ALPHA", "beta", "Beta", "gamma"]:
    kd[Key(name)] = kd.get(Key(name), 0) + 1
print(kd)
class Mutable:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
m = Mutable(1)
s = {m}
m.v = 2
print(m in s, Mutable(1) in s, Mutable(2) in s, len(s))
class HashInt:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return other == self.n
print({HashInt(5): "x"}.get(5), 5 in {HashInt(5)}, {5: "five"}.get(HashInt(5)))
class NoHashSub(Point):
    def __eq__(self, other):
        return False
print(NoHashSub.__hash__ is None)
class KeepHash(Point):
    pass
print(hash(KeepHash(1, 2)) == hash(Point(1, 2)), KeepHash(1, 2) == Point(1, 2))
