# Int and float arithmetic at the edges of the interpreter's in-place fast paths.
big = 2**63 - 1
small = -2**63
vals = [7, -7, 3, -3, 1, -1, big, small, 2**53, 2**53 + 1, -(2**53) - 1]
for x in vals:
    for y in vals:
        out = [x // y, x % y, x / y, divmod(x, y)]
        a = x
        a //= y
        b = x
        b %= y
        c = x
        c /= y
        print(x, y, out, a, b, c)

print(small // -1, small % -1, small * -1, -small, big + 1, small - 1)
for x in (0.5, -2.25, 1e308, float("inf")):
    for y in (3, -3, 2**53 + 1, 2**70):
        print(x, y, x + y, x - y, x * y, x / y, y / x if x else None, y - x)
t = 10
t += 2.5
t -= 0.5
t *= 2
t /= 4
print(t)
ops = {"//": lambda a, b: a // b, "%": lambda a, b: a % b, "/": lambda a, b: a / b}
for op, fn in ops.items():
    for zero in (0, 0.0):
        try:
            fn(5, zero)
        except ZeroDivisionError as e:
            print(op, repr(zero), "ZeroDivisionError:", e)
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print("inplace ZeroDivisionError:", e)
print(True + True, True // 2, 7 % True, 3.5 + True, -7 & 3, 6 ^ 3, -1 | 8)
