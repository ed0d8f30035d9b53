# Comparisons of a local with a constant or another local, and of any value with a
# constant, run fused (and fused with a following conditional jump) for ints and
# floats; everything else must behave exactly as unfused.


def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n <= 9:
        return "digit"
    elif n != 100:
        return "big"
    return "hundred"


print([classify(n) for n in (-5, 0, 7, 9, 10, 100, 10**30, -(10**30))])


def floats(x, y):
    return x < y, x <= y, x == y, x != y, x > y, x >= y


nan = float("nan")
print(floats(1.5, 2.5), floats(2.5, 2.5), floats(nan, nan), floats(nan, 1.0))
print(floats(1, 2.5), floats(2.5, 2), floats(3, 3.0))
print(floats(True, 1), floats(False, 0.5))
print(floats("a", "b"), floats((1, 2), (1, 3)))


def count(n):
    i = 0
    total = 0
    while i < n:
        if i % 3 == 0:
            total += i
        elif i % 3 != 1:
            total -= 1
        i += 1
    return total


print(count(100), count(0))


def values(a, b):
    x = a < b
    y = a >= 3
    z = 3 < a
    return x, y, z, not (a == b), a % 2 == 0


print(values(1, 2), values(5, 5), values(2.0, 1))


def big(n):
    return n > 9223372036854775807, n < -9223372036854775808, n == 2**64


print(big(2**70), big(-(2**70)), big(2**64), big(5))


class Weird:
    def __lt__(self, other):
        return "lt!"

    def __eq__(self, other):
        return True


def weird(w):
    if w < 3:
        print("truthy lt")
    return w < 3, w == 3, 3 < w if False else None


print(weird(Weird()))


def none_cmp(v):
    try:
        return v < 1
    except TypeError as e:
        return "TypeError: " + str(e)


print(none_cmp(None), none_cmp("s"), none_cmp(0))


def unbound(flag):
    if flag:
        limit = 5
    return 3 < limit


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def chained(a, b, c):
    return a < b < c, a < b > c, 1 < a <= 3


print(chained(1, 2, 3), chained(3, 2, 1), chained(2, 5, 0))

n = 0
for k in range(20):
    if k >= 15 or k < 2:
        n += 1
print(n)
print(None < 1)
