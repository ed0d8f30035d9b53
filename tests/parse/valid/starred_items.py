# Valid: starred expressions wherever CPython allows them: displays, calls, targets, return, for.
a = [1, 2]
b = (3, 4)
t = *a, *b
t = (*a, *b)
t = *a,
l = [*a, *b, 5]
s = {*a, *b}
d = {**{"x": 1}, **{"y": 2}}
print(*a, *b)
first, *rest = t
*init, last = t
[*xs] = t
for x in *a, *b:
    pass
def f():
    return *a, *b
def g():
    yield *a, *b
r = [*a] + [*b]
r = {*()}
r = [*[*[*a]]]
x = (*a, 1, *b, 2)
print(*[x for x in a], sep="")
