# Calls with keyword arguments: one call site reaching many kinds of callee, defaults
# and keyword-only defaults read per call (and changed between calls), and the
# binding errors, each matched against CPython.

def f(a, b=2, *, c=3):
    return (a, b, c)

def g(a, b=20, *args, c, d=40, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

def h(x, /, y=1, *, z=2):
    return (x, y, z)

class K:
    def __init__(self, p, q=0, *, r=9):
        self.v = (p, q, r)

    def m(self, s, t=5):
        return (s, t)

def call_all(fn):
    out = []
    for kw in ({"c": 1}, {"b": 7}, {"b": 8, "c": 9}):
        try:
            r = fn(1, **kw)
            out.append(r.v if isinstance(r, K) else r)
        except TypeError as e:
            out.append(str(e))
    return out

for fn in (f, g, h, K, K(0).m, dict, lambda a, b=0, c=0: a + b + c):
    print(getattr(fn, "__name__", "?"), call_all(fn))

# The same site with literal keywords, callee changing each time.
for fn in (f, K, h, g):
    try:
        r = fn(5, c=6)
        print("site", r.v if isinstance(r, K) else r)
    except TypeError as e:
        print("site", e)

# Defaults read at each call, including after being replaced.
def d(a, items=[], *, tag="t"):
    items.append(a)
    return (list(items), tag)

print(d(1), d(2, tag="u"), d(3))
d.__defaults__ = ([100],)
d.__kwdefaults__ = {"tag": "new"}
print(d(4), d(5, tag="v"))
d.__kwdefaults__ = None
try:
    d(6)
except TypeError as e:
    print(e)

# Binding errors.
for args, kw in [((), {"b": 1}), ((1, 2), {"a": 3}), ((1,), {"zz": 1}), ((1, 2, 3), {}),
                 ((1,), {"b": 2, "c": 3, "d": 4})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print("error:", e)
try:
    h(x=1)
except TypeError as e:
    print("error:", e)
try:
    g(1)
except TypeError as e:
    print("error:", e)
print(g(1, 2, 3, 4, c=5, e=6, d=7, f=8))

# Keyword arguments to builtins and methods.
print(sorted([3, 1, 2], reverse=True), "a,b".split(sep=","), int("ff", base=16))
print(dict(a=1, b=2), max([1, 5, 3], key=lambda v: -v), print("x", "y", sep="-", end="!\n"))

# A class statement with keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = sorted(kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithKw(metaclass=Meta, flag=True, level=3):
    pass
print(WithKw.kw)

# Many calls through one site.
total = 0
for i in range(1000):
    total += f(i, c=i)[2] + f(i, b=1)[1]
print(total)

# A metaclass whose __new__ calls type.__new__ through super(), and type.__new__
# called directly with a metaclass.
class Meta1(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

class A1(metaclass=Meta1):
    pass
print(A1.added, type(A1).__name__, isinstance(A1, Meta1))
X1 = type.__new__(Meta1, "X1", (), {"a": 1})
print(type(X1).__name__, X1.a)

# Class keywords reach __init_subclass__; object's refuses them.
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        print("init_subclass", cls.__name__, flag, sorted(kw))
        super().__init_subclass__()

class C1(Base, flag=1, extra=2):
    pass
class D1(Base):
    pass
for make in (lambda: type("E1", (), {}), ):
    print(make().__name__)
try:
    class E1(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Pass(Base):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class F1(Pass, zz=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
