# Tuple and sequence unpacking in all its forms.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
p, *q, r = 1, 2
print(p, q, r)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), "xyz"]:
    print(a, b)
m = n = o = 7
print(m, n, o)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
dct = {}
dct["a"], dct["b"] = "AB"
print(dct)
print(*[1, 2], *"ab", *range(2), sep="|")
print([*range(3), *"xy"], (*[1], *(2, 3)), {*"aa", *[1]} == {"a", 1}, {**{"a": 1}, "b": 2})
def pair():
    return 10, 20
s1, s2 = pair()
print(s1 + s2, pair(), type(pair()).__name__)
for bad in [[1], [1, 2, 3], "abcd", []]:
    try:
        u, v, w = bad
        print(u, v, w)
    except ValueError as ex:
        print("ValueError:", ex)
try:
    u, *v, w = [1]
except ValueError as ex:
    print("ValueError:", ex)
try:
    u, v = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    u, v = None
except TypeError as ex:
    print("TypeError:", ex)
(a), = [42],
print(a)
