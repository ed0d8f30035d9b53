# Arithmetic dunders: binary, reflected, in-place, unary, and fallback rules.
class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return Vec(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return Vec(*(a // k for a in self.c))
    def __mod__(self, k):
        return Vec(*(a % k for a in self.c))
    def __pow__(self, k):
        return Vec(*(a ** k for a in self.c))
    def __neg__(self):
        return Vec(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __matmul__(self, o):
        return "matmul"
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, w / 2, w // 3, w % 3, v ** 2, -v, +v, abs(w), ~w)
print(v + 1, 1 + v, 10 - v, v - 10, sum([v, w, Vec(10, 10)], Vec(0, 0)))
print(v @ w)
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)
try:
    v & w
except TypeError as e:
    print("TypeError:", e)
class Acc:
    def __init__(self, n):
        self.n = n
    def __iadd__(self, o):
        print("  __iadd__")
        self.n += o
        return self
    def __add__(self, o):
        print("  __add__")
        return Acc(self.n + o)
    def __repr__(self):
        return f"Acc({self.n})"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a = a + 1
print(a, a is orig)
u = Vec(1, 1)
u_orig = u
u += Vec(1, 1)
print(u, u is u_orig)
u *= 2
print(u)
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Money(self.v + (o.v if isinstance(o, Money) else o))
    def __radd__(self, o):
        print("  __radd__ with", o)
        return self + o
    def __repr__(self):
        return f"Money({self.v})"
print(sum([Money(1), Money(2), Money(3)]))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__ handled it"
print(Left() + Right())
class SubVec(Vec):
    def __radd__(self, o):
        return "SubVec.__radd__ wins"
print(Vec(1) + SubVec(2))
class Div:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __lshift__(self, o):
        return ("lshift", o)
    def __rrshift__(self, o):
        return ("rrshift", o)
    def __and__(self, o):
        return ("and", o)
    def __ror__(self, o):
        return ("ror", o)
    def __xor__(self, o):
        return ("xor", o)
d = Div()
print(divmod(d, 3), divmod(3, d), d << 1, 1 >> d, d & 2, 2 | d, d ^ 0)
