# del on names, list items, slices, dict keys, attributes, and multiple targets.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2, "z": 3}
class O:
    pass
o = O()
o.p = 1
o.q = 2
del a
try:
    a
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del c["y"]
print(c)
del o.p
print(vars(o))
x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "y" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1][0]
print(lst)
d = {"a": {"b": {"c": 1, "d": 2}}}
del d["a"]["b"]["c"]
print(d)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del o.nope
except AttributeError as e:
    print("AttributeError:", e)
def local_del():
    v = 5
    del v
    v = 6
    return v
print(local_del())
(p, q) = (1, 2)
del (p, q)
print("p" in globals())
[m, n] = "mn"
del [m, n]
print("m" in globals())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    pass
del i
print("i" in globals())
