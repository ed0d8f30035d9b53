# Attribute stores and method lookups through the inline caches: fresh instances
# filled in by __init__, attributes set in other orders, keys put in __dict__ under
# equal but distinct str objects, instance attributes shadowing methods.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


ps = [P(i, -i) for i in range(5)]
print([(p.x, p.y) for p in ps], list(vars(ps[0])))

# The same class, attributes set in the other order: the cached slots are wrong here.
q = P.__new__(P)
q.y = 1
q.x = 2
q.y = 3
print(vars(q), q.x, q.y)

# A key equal to "x" but not the interned name: the store must replace it, not add
# a second "x".
r = P.__new__(P)
name = "".join(["x"])
r.__dict__[name] = "first"
r.x = "second"
r.y = 0
print(vars(r), len(vars(r)))

s = P.__new__(P)
s.__dict__["".join(["y"])] = 7
s.x = 1
s.y = 2
print(vars(s))

# The same through setattr, on an instance whose attributes are still inline.
for _ in range(3):
    w = P.__new__(P)
    setattr(w, "".join(["x"]), 1)
    w.x = 2
    w.y = 3
    print(w.x, w.y, len(vars(w)))

# An instance attribute named like a method shadows it, however the key was made.
t = P(1, 2)
print(t.m())
t.__dict__["".join(["m"])] = lambda: "instance"
print(t.m())
del t.__dict__["m"]
print(t.m())
t.m = lambda: "again"
print(t.m())
u = P(3, 4)
print(u.m())


# Many attributes: past the small-table size, then deletions and re-adds.
class Many:
    def __init__(self):
        for i in range(12):
            setattr(self, f"a{i}", i)
        self.z = "z"


for k in range(3):
    o = Many()
    o.a3 = k
    del o.a5
    o.a5 = -k
    print(sorted(vars(o).items()))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


v = Slots()
print(v.a, v.b)
try:
    v.c = 3
except AttributeError as e:
    print("AttributeError", e)
