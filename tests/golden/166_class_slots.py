# __slots__: restricted attributes, no __dict__, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "subclass without slots has a dict"
print(q.extra, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z)
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class WithDefault:
    __slots__ = ("a",)
    b = "class attribute is fine"
w = WithDefault()
print(w.b)
try:
    w.a
except AttributeError as e:
    print("AttributeError:", e)
