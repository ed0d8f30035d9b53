# Property reads run the getter's frame inline once cached: every change that can
# make a cached getter wrong must be seen, and errors must look the same.

class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @property
    def boom(self):
        raise ValueError(f"boom {self._v}")

    @property
    def missing(self):
        return self.nope

def read_all(objs, name):
    out = []
    for o in objs:
        try:
            out.append(getattr(o, name) if name != "v" else o.v)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out

ps = [P(i) for i in range(4)]
print([p.v for p in ps], [p.v for p in ps])

# The class attribute replaced after the reads were cached.
P.v = property(lambda self: -self._v)
print([p.v for p in ps])
P.v = 42
print([p.v for p in ps])
del P.v
try:
    print(ps[0].v)
except AttributeError as e:
    print("AttributeError:", e)
P.v = property(lambda self: self._v + 100)

# A data descriptor wins over the instance dict.
ps[1].__dict__["v"] = "shadow"
print(ps[1].v, ps[1].__dict__["v"])

# Subclasses: one overrides with a plain attribute, one with another property.
class Q(P):
    v = "class attr"

class R(P):
    @property
    def v(self):
        return ("R", self._v)

for o in [P(1), Q(2), R(3), P(4), R(5)]:
    print(type(o).__name__, o.v)

# Instances of two classes alternating at one site.
for o in [P(7), R(7), P(8), R(8)]:
    print(o.v)

# Errors from getters: traceback line and exception as in CPython.
for i in range(3):
    try:
        P(i).boom
    except ValueError as e:
        print("ValueError:", e)
try:
    P(1).missing
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ is consulted when a getter raises AttributeError.
class G(P):
    def __getattr__(self, name):
        return f"fallback {name}"

for _ in range(2):
    print(G(1).missing, G(2).v)

# Getters of other shapes: defaults, *args, a builtin, a callable object.
class Shapes:
    a = property(lambda self, extra=5: extra)
    b = property(lambda *args: len(args))
    c = property(len)
    class Call:
        def __call__(self, obj):
            return "called"
    d = property(Call())
    def __len__(self):
        return 9

s = Shapes()
for _ in range(2):
    print(s.a, s.b, s.c, s.d)

# A getter that recurses forever.
class Loop:
    @property
    def x(self):
        return self.x
try:
    Loop().x
except RecursionError as e:
    print("RecursionError:", e)

# Many reads through one site, in a function.
def total(objs):
    t = 0
    for o in objs:
        t += o.v
    return t
print(total([P(i) for i in range(1000)]))

# The getter's own error, uncaught: the last traceback line.
P(3).boom
