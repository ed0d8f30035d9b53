# Plain instances keep their attributes inline until `__dict__` is asked for; after
# that every access goes through the dict object. Both phases, and the switch between
# them in the middle of cached attribute access, must behave as CPython.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read_all(objs):
    # The same LoadAttr/StoreAttr/LoadMethod sites run over both kinds of instance.
    out = []
    for o in objs:
        o.x = o.x + 1
        out.append((o.x, o.y, o.total()))
    return out


a = P(1, 2)
b = P(10, 20)
print(read_all([a, b]))
d = b.__dict__
print(d, d is b.__dict__, vars(b) is d)
print(read_all([a, b]))
d["x"] = 100
d["z"] = 5
print(b.x, b.z, read_all([a, b]))
b.w = 7
print(sorted(d), d["w"])
del b.y
print("y" in d, hasattr(b, "y"))
del d["z"]
print(hasattr(b, "z"))
try:
    b.y
except AttributeError as e:
    print("AttributeError", e)

# Instance attribute shadowing a method, before and after materialization.
c = P(3, 4)
print(c.total())
c.total = lambda: "shadow"
print(c.total())
del c.total
print(c.total())
c.__dict__["total"] = lambda: "shadow via dict"
print(c.total())

# dir() and vars() see inline attributes; insertion order is kept.
e = P(1, 2)
e.b = 3
e.a = 4
print([n for n in dir(e) if not n.startswith("__")])
print(vars(e))
print(list(e.__dict__.items()))

# delattr before materialization, getattr with default, setattr by name.
f = P(5, 6)
delattr(f, "x")
print(getattr(f, "x", "gone"), f.__dict__)
setattr(f, "x", 9)
print(f.x, f.__dict__)
try:
    del f.nope
except AttributeError as e:
    print("AttributeError", e)

# Many attributes (the table grows past its small size).
g = P(0, 0)
for i in range(20):
    setattr(g, f"a{i}", i)
print(sum(getattr(g, f"a{i}") for i in range(20)), len(g.__dict__))

# __slots__ classes expose no __dict__; object() has no attributes.
class S:
    __slots__ = ("p",)
s = S()
s.p = 1
print(s.p, hasattr(s, "__dict__"))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError", e)

# Subclasses of builtins, exceptions and classes with properties still work.
class L(list):
    pass
l = L([1, 2])
l.tag = "t"
print(l, l.tag, l.__dict__)
class E(Exception):
    pass
ex = E("m")
ex.code = 3
print(ex.code, ex.__dict__)
class Q:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
q = Q()
q.v = 5
print(q.v, q.__dict__)

# __getattr__ fallback and __setattr__ override.
class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return "missing:" + name
class H:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
gg = G()
print(gg.real, gg.other)
hh = H()
hh.v = 2
print(hh.v, hh.__dict__)

# Equality, hashing and repr of instances are unaffected.
class R:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, R) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"R({self.v})"
print({R(1): "a"}[R(1)], R(2) == R(2), [R(3)])
