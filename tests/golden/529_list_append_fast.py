# `lst.append(x)` runs in place for a builtin list (as CPython 3.11 specialises it);
# everything else calls the method.
out = []
for i in range(5):
    out.append(i * i)
r = out.append("r")
print(out, r, [out.append(None)] == [None])


class L(list):
    def append(self, x):
        list.append(self, ("wrapped", x))


class Plain(list):
    pass


s = L()
s.append(1)
p = Plain()
p.append(2)
print(s, p, type(p).__name__)

f = out.append
f("bound")
list.append(out, "unbound")
print(out[-2:])

nested = [[] for _ in range(3)]
for i, n in enumerate(nested):
    n.append(i)
    n.append(nested[0])
print(len(nested[2]), nested[0][0], nested[1][1] is nested[0])


class NotList:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)


n = NotList()
n.append(21)
print(n.items)

try:
    out.append()
except TypeError as e:
    print("TypeError", e)
try:
    out.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    out.append(x=1)
except TypeError as e:
    print("TypeError", e)

# Appending to the list being sorted, from the key function.
data = [3, 1, 2]


def key(v):
    data.append(v)
    return v


try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError", e)
print(sorted(data)[:3], len(data) >= 3)
