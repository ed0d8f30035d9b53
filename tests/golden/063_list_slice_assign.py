# Slice assignment and deletion, including extended slices.
a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[2:2] = [100, 200, 300]; print(a)
a[:0] = ["front"]; print(a)
a[len(a):] = ["back"]; print(a)
a[-2:] = []; print(a)
a[:] = "xyz"; print(a)
a[1:2] = range(5); print(a)
a[::2] = [0, 0, 0, 0]; print(a)
a[::-3] = ["p", "q", "r"]; print(a)
a[5:1] = ["inserted"]; print(a)
b = list(range(10))
del b[0]; print(b)
del b[-1]; print(b)
del b[2:4]; print(b)
del b[::2]; print(b)
del b[::-1]; print(b)
c = list(range(20))
del c[1::3]; print(c)
del c[:]; print(c)
d = [1, 2, 3]
try:
    d[::2] = [9, 9, 9]
except ValueError as e:
    print("ValueError:", e)
try:
    d[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del d[5]
except IndexError as e:
    print("IndexError:", e)
try:
    d[3] = 1
except IndexError as e:
    print("IndexError:", e)
del d[5:10]
print(d)
e = [1, 2, 3, 4]
e[1:3] = e
print(e)
f = [1, 2, 3]
f[0:1] = [[0, 0]]
print(f)
g = list("abcdef")
g[1:-1] = reversed(g[1:-1])
print(g, "".join(g))
h = [0] * 6
h[::2] = "ace"
h[1::2] = "bdf"
print(h)
