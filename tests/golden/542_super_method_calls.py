# super().name(...) calls a plain function found after __class__ in the receiver's
# MRO without making a bound method; every other kind of attribute goes the general
# way. Each case matched against CPython.

class A:
    def __init__(self, x):
        self.x = x
        self.trail = ["A"]

    def who(self, tag=""):
        return "A" + tag

    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"

    @staticmethod
    def sm(v):
        return f"A.sm({v})"

    @property
    def prop(self):
        return f"A.prop({self.x})"

    value = 10


class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.trail.append("B")

    def who(self, tag=""):
        return "B" + super().who(tag)


class C(A):
    def __init__(self, x):
        super().__init__(x * 10)
        self.trail.append("C")

    def who(self, tag=""):
        return "C" + super().who(tag=tag)


class D(B, C):
    def __init__(self, x):
        super().__init__(x)
        self.trail.append("D")

    def who(self, tag=""):
        return "D" + super().who(tag + "!")

    def kinds(self):
        return (super().cm(), super().sm(3), super().prop, super().value,
                super().__class__.__name__, type(super().who).__name__)


d = D(2)
print(d.x, d.trail, d.who(), d.who("?"), [c.__name__ for c in D.__mro__])
print(d.kinds())

# super() with explicit arguments, and from a classmethod.
class E(D):
    def who(self, tag=""):
        return "E" + super(D, self).who(tag)

    @classmethod
    def cm(cls):
        return "E.cm+" + super().cm()

print(E(1).who(), E.cm(), E(1).cm())

# Reaching object's methods (builtins), and a name that does not exist.
class F:
    def __init__(self):
        super().__init__()
        self.ok = True

    def __repr__(self):
        return "F<" + super().__repr__().split(" ")[0][1:] + ">"

    def missing(self):
        return super().nothing()

f = F()
print(f.ok, repr(f))
try:
    f.missing()
except AttributeError as e:
    print("AttributeError:", e)

# super() method calls with keywords, *args and a method that raises.
class G(A):
    def who(self, *args, **kw):
        return super().who(*args, **kw) + "/G"

    def fail(self):
        return super().fail()

class H(G):
    def fail(self):
        try:
            return super().fail()
        except AttributeError as e:
            return f"caught: {e}"

print(G(1).who("x"), G(1).who(tag="y"), H(1).fail())

# A method assigned to the class later, and one replaced after first use.
class I(A):
    def who(self, tag=""):
        return "I" + super().who(tag)

i = I(0)
print(i.who())
A.who = lambda self, tag="": "A2" + tag
print(i.who(), d.who())
del A.who
try:
    i.who()
except AttributeError as e:
    print("AttributeError:", e)

# Many calls through one site.
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
class Sub(Counter):
    def bump(self, k):
        super().bump(k * 2)
s = Sub()
for k in range(1000):
    s.bump(k)
print(s.n)
