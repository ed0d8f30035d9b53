# `local op const` and `local op local` run fused when both operands are ints or floats
# (LoadFastConstBinary / LoadFastFastBinary); every other case must behave exactly as
# the unfused instructions: overflow to big ints, other types, errors, unbound locals.


def ints(n):
    a = n + 1
    b = n - 2
    c = n * 3
    d = n // 4
    e = n % 5
    f = n / 8
    g = n & 6
    h = n | 9
    i = n ^ 10
    return a, b, c, d, e, f, g, h, i


print(ints(100))
print(ints(-7))


def mixed(x, y):
    return x + y, x - y, x * y, x / y, x // y, x % y


print(mixed(7, 2))
print(mixed(7.5, 2))
print(mixed(7, 2.5))
print(mixed(-7.5, -2.25))


def overflow(n):
    big = n * 9223372036854775807
    bigger = n + 9223372036854775807
    return big, bigger, big - n


print(overflow(3))
print(overflow(-3))


def other_types(s, t):
    return s + "!", s * 2, s + t, [1] + [2], (1,) * 2


print(other_types("ab", "cd"))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __iadd__(self, o):
        self.v += 100
        return self

    def __repr__(self):
        return f"Num({self.v})"


def dunder(a, b):
    c = a + 1
    d = a + b
    e = a
    e += 1
    return c, d, e


print(dunder(Num(1), Num(2)))


def inplace(n):
    s = 0
    t = 1.0
    for i in range(n):
        s += i
        t *= 1.5
        s -= 1
    return s, t


print(inplace(10))


def errors():
    out = []
    for x in [0, 0.0, "s", None]:
        try:
            out.append(10 / x)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            y = 5
            out.append(y % x)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for line in errors():
    print(line)


def unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_left(flag):
    if flag:
        a = 1
    return a + 1


try:
    unbound_left(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def bools(t):
    return t + 1, t * 3, t - True, True + t


print(bools(True), bools(False))
x = 2
print(x ** 10, x << 3, x >> 1, -x // 3)
y = 10
print(y - x * 3 + 1)
print(7 % 0)
