# slice objects and indices().
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
data = list("abcdefghij")
for sl in [slice(2, 5), slice(None, None, 3), slice(-4, None), slice(None, -4, -1), slice(8, 1, -3)]:
    print(sl, data[sl], "".join(data)[sl], tuple(data)[sl], range(10)[sl])
class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)
q = Seq()
print(q[1], q[-1], q[1:2], q[::3], q[:], q[1:2:3], q[1, 2], q[1:2, ::3], q[...] if False else q["k"])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2)) if False else print("slice hash skipped")
except TypeError as e:
    print("TypeError:", e)
