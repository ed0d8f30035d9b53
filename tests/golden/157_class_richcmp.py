# Rich comparison methods, reflection, NotImplemented fallback and sorting.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts
    def __ge__(self, other):
        return not self < other
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2", "2.0"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True)[:2])
a, b = Version("1.2"), Version("1.10")
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a == Version("1.2"), a != Version("1.2"))
print(a == "1.2", a != "1.2", Version("1.0") in vs, Version("5.5") in vs, vs.index(Version("1.2")), vs.count(Version("1.2")))
try:
    a < "1.2"
except TypeError as e:
    print("TypeError:", e)
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({getattr(other, 'name', other)})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({getattr(other, 'name', other)})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({getattr(other, 'name', other)})")
        return NotImplemented
x, y = Loud("x"), Loud("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
print(x == x)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"O{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), OnlyLt(5) > OnlyLt(4), max(items), min(items))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class Sub(Version):
    def __eq__(self, other):
        print("  Sub.__eq__ tried first")
        return super().__eq__(other)
print(Version("1.0") == Sub("1.0"))
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(AlwaysEqual() == 5, 5 == AlwaysEqual(), AlwaysEqual() != 5, [1, 2].count(AlwaysEqual()), AlwaysEqual() in [None])
