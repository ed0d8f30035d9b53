# Augmented assignment on names, attributes, subscripts; evaluation order; immutables vs mutables.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 4; n >>= 1; n |= 3; n &= 0b1110; n ^= 5
print(n)
f = 7.5
f /= 2; f -= 0.25; f **= 2
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
t = (1,)
t += (2, 3); t *= 2
print(t)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
class Obj:
    def __init__(self):
        self.count = 0
        self.items = []
o = Obj()
o.count += 1
o.count *= 10
o.items += ["x"]
print(o.count, o.items)
d = {"a": 1, "b": [1]}
d["a"] += 100
d["b"] += [2]
d.setdefault("c", 0)
d["c"] -= 1
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
log = []
class Loud:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        log.append(f"get {key}")
        return self.data[key]
    def __setitem__(self, key, val):
        log.append(f"set {key}={val}")
        self.data[key] = val
def key():
    log.append("key evaluated")
    return "k"
L = Loud()
L[key()] += 41
print(log, L.data)
try:
    undefined_name += 1
except NameError as e:
    print("NameError:", e)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
t2 = ([1],)
try:
    t2[0] += [2]
except TypeError as e:
    print("TypeError:", e, t2)
x = y = 0
x += 1
print(x, y)
counts = [0] * 3
for i in [0, 2, 2, 1, 2]:
    counts[i] += 1
print(counts)
b = b"ab"
b += b"c"
print(b)
fs = frozenset({1})
fs |= {2}
print(sorted(fs), type(fs).__name__)
st = {1}
st_alias = st
st |= {2}
st &= {2, 3}
st ^= {4}
st -= {4}
print(st, st is st_alias)
