# Starred expressions in assignment, calls, literals, and for loops.
first, *middle, last = range(10)
print(first, middle, last)
*a, = "abc"
print(a)
head, *tail = [1]
print(head, tail)
(x, *y), *z = "ab", "cd", "ef"
print(x, y, z)
print(*range(3), *"ab", sep=",")
print([*"hi", *[1, 2], *(), *{3: 4}], (*range(2),), {*(1, 2), *[2, 3]}, {**{"a": 1}, **dict(b=2)})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"j": 2}))
for i, *rest in [(1, 2, 3), (4, 5), (6,)]:
    print(i, rest)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*zip(*zip(*matrix))])
args = (3, 10, 2)
print(list(range(*args)), max(*[4, 9, 2]), "{}-{}".format(*"xy"))
nested = [*[*[1, 2], 3], *[4]]
print(nested)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
def g():
    return 1, 2, 3
p, *q = g()
print(p, q)
merged = {**{"x": 1, "y": 2}, "y": 20, **{"z": 30}}
print(merged)
s = {*"abca"}
print(sorted(s), len(s))
print(*[], "only this")
print(*[[1, 2]], *[()])
