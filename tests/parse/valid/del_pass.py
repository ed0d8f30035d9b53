# Valid: `del` of names, attributes, subscripts, slices and tuples/lists of them; `pass`.
a = 1
del a
a, b, c = 1, 2, 3
del a, b
del (c)
x = [1, 2, 3, 4, 5]
del x[0]
del x[1:3]
del x[::2]
del x[:], 
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
class K:
    pass
k = K()
k.attr = 1
k.other = 2
del k.attr
del (k.other)
p, q = 1, 2
del (p, q)
r, s = 1, 2
del [r, s]
t = [[1, 2], [3]]
del t[0][1]
pass
if True:
    pass
def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
while False:
    pass
