# `a, b = x, y` (two or three targets, a tuple of as many values) stores the values
# without building a tuple: every order of evaluation and assignment must stay
# CPython's.

def trace(name, v):
    print("eval", name)
    return v

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[a, b] = b, a
print(a, b)

# Right side fully evaluated, left to right, before any store; stores left to right.
class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)

r = Rec()
r.x, r.y = trace("first", 10), trace("second", 20)
r.x, r.y, r.z = trace("a", r.y), trace("b", r.x), trace("c", 0)

# Targets that depend on earlier stores.
x = [0, 0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
x[i], i = 7, 2
print(i, x)

# Nested targets, a list on the right (general path), lengths that differ.
a, (b, c) = 1, (2, 3)
print(a, b, c)
a, b = [4, 5]
print(a, b)
for rhs in [(1, 2, 3), (1,)]:
    try:
        a, b = rhs
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
a, *rest = 1, 2, 3
print(a, rest)
a, b = *[8], 9
print(a, b)

# An exception while evaluating the right side stores nothing; one while storing
# keeps the earlier stores.
a, b = 1, 2
try:
    a, b = 100, 1 / 0
except ZeroDivisionError:
    print("after failed rhs", a, b)
d = {}
try:
    d["k"], d[[]] = 1, 2
except TypeError as e:
    print("TypeError:", e, d)

# In a loop and in a function (fast locals), and with globals.
def fib(n):
    p, q = 0, 1
    for _ in range(n):
        p, q = q, p + q
    return p
print(fib(90))
g1, g2 = 3, 4
for _ in range(3):
    g1, g2 = g2, g1 + g2
print(g1, g2)

def rot(seq):
    p, q, r = seq
    for _ in range(4):
        p, q, r = q, r, p
    return p, q, r
print(rot("xyz"))
