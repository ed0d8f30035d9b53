# A Rational number class and a 3D vector class exercising the full numeric protocol.
def _gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if isinstance(num, Rational):
            num, den = num.num * 1, num.den * den
        if den == 0:
            raise ZeroDivisionError("Rational with zero denominator")
        g = _gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Rational(o) / self
    def __pow__(self, e):
        if e < 0:
            return Rational(self.den ** -e, self.num ** -e)
        return Rational(self.num ** e, self.den ** e)
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)
h = Rational(1, 2)
t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, h ** 3, t ** -2, -h, abs(Rational(-3, 4)))
print(h + 1, 1 + h, 2 - h, 3 * t, 1 / t, h == Rational(2, 4), h == 0.5, h < t, t <= h, sorted([h, t, Rational(-1, 5)]))
print(float(t), int(Rational(-7, 2)), int(Rational(7, 2)), bool(Rational(0, 5)), f"{t:.4f}", f"{t}", repr(Rational(6, -8)))
print(sum([Rational(1, n) for n in range(1, 11)], Rational(0)), len({Rational(1, 2), Rational(2, 4), Rational(3, 6)}))
e_approx = Rational(0)
fact = 1
for k in range(15):
    if k:
        fact *= k
    e_approx = e_approx + Rational(1, fact)
print(e_approx, f"{e_approx:.12f}")
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + 0.5
except TypeError as e:
    print("TypeError:", e)
class Vec3:
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __iter__(self):
        return iter((self.x, self.y, self.z))
    def __add__(self, o):
        return Vec3(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o):
        return Vec3(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k):
        return Vec3(*(a * k for a in self))
    __rmul__ = __mul__
    def dot(self, o):
        return sum(a * b for a, b in zip(self, o))
    def cross(self, o):
        return Vec3(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __abs__(self):
        return self.dot(self) ** 0.5
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"
i, j, k = Vec3(1, 0, 0), Vec3(0, 1, 0), Vec3(0, 0, 1)
print(i.cross(j) == k, j.cross(k), k.cross(i), i.cross(i), i + j + k, 2 * (i - k), abs(Vec3(2, 3, 6)))
v = Vec3(Rational(1, 2), Rational(1, 3), 1)
print(v + v, v * 6, v.dot(v), list(v))
