# List creation, indexing, mutation, aliasing and repr.
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == b, a == c)
print([], [[]], [[], []], [None], [1, "a", 2.5, None, True, (1,), [2]], list(), list("ab"), list(range(3)))
print(len([]), len([[]]), len([1, [2, 3]]), [0] * 5, [1, 2] * 3, [] * 10, [1] + [2] + [])
print(a[0], a[-1], a[1:3], a[::-1], a[-2:], a[:-2], a[5:], a[::2])
a[0] = 100
a[-1] = "last"
print(a, b)
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(nested, shared, shared[0] is shared[2])
x = [1, 2]
x += [3]
print(x, b)
y = x
y += [4]
print(x is y, x)
y = y + [5]
print(x, y, x is y)
z = [1, 2]
z *= 2
print(z)
z *= 0
print(z, len(z))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [3] > [2, 9], [[1]] == [[1]])
lst = [5, 3, 8]
print(max(lst), min(lst), sum(lst), sorted(lst), lst, 8 in lst, 9 not in lst)
rec = [1, 2]
rec.append(rec)
print(rec, len(rec), rec[2] is rec)
d = [1, [2, [3, [4, [5]]]]]
print(d, d[1][1][1][1][0], str(d) == repr(d))
for i in range(-3, 3):
    print(i, [10, 20, 30][i])
try:
    [1, 2, 3][3]
except IndexError as e:
    print("IndexError:", e)
try:
    [][-1]
except IndexError as e:
    print("IndexError:", e)
try:
    a["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1].x = 2
except AttributeError as e:
    print("AttributeError:", e)
