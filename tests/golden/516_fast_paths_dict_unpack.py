# The instruction loop's fast paths for dict[str], dict[str] = v, str in dict and
# sequence unpacking must behave exactly as the general paths, including for
# subclasses and keys that only look like the fast case.

d = {"a": 1, "b": 2}
print(d["a"], d["b"])
d["c"] = 3
d["a"] += 10
print(d)
print("a" in d, "z" in d, "a" not in d, "z" not in d)
if "c" in d:
    print("c found")
if "q" not in d:
    print("q missing")
x = "b" in d
print(x, type(x).__name__)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)

# Keys built at run time are found by content, not identity.
k = "".join(["a"])
print(d[k], k in d)


class Missing(dict):
    def __missing__(self, key):
        return "default:" + key


m = Missing(a=1)
print(m["a"], m["nope"], "nope" in m)


class Loud(dict):
    def __getitem__(self, key):
        return ("loud", key)

    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __contains__(self, key):
        print("contains", key)
        return True


ld = Loud()
ld["k"] = 5
print(ld["k"], "zzz" in ld, "zzz" not in ld)


class S(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        print("S.__eq__", str(self), other)
        return str.__eq__(self, other)


sd = {"key": 1}
print(sd[S("key")])
sd[S("new")] = 2
print(sorted(sd.items()))
print(S("key") in sd)

# Unpacking: tuples and lists of the right length, wrong lengths, subclasses.
a, b = (1, 2)
c, e = [3, 4]
print(a, b, c, e)
for k2, v2 in {"x": 1, "y": 2}.items():
    print(k2, v2)
for p, q in [(1, 2), [3, 4]]:
    print(p, q)


class Rev(list):
    def __iter__(self):
        return iter(reversed(list.__iter__(self).__class__ and self[:]))


r1, r2 = Rev([1, 2])
print(r1, r2)


class T(tuple):
    pass


t1, t2 = T((7, 8))
print(t1, t2)
for bad in [(1, 2, 3), [1], (), "ab", "abc"]:
    try:
        u, w = bad
        print("ok", u, w)
    except ValueError as e:
        print("ValueError", e)
try:
    u, w = 5
except TypeError as e:
    print("TypeError", e)
lst = [1, 2]
u, w = lst
lst.append(3)
print(u, w, lst)
d2 = {}
d2["x"] = d2
print(len(d2), "x" in d2["x"])


# A subclass's override may call the builtin method explicitly.
class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)

    def __delitem__(self, i):
        print("del", i)
        list.__delitem__(self, i)

    def __len__(self):
        return list.__len__(self) + 100

    def __contains__(self, x):
        return list.__contains__(self, x) or x == 99

    def __iter__(self):
        return iter([x * 2 for x in list.__iter__(self)])


lst2 = L([1, 2, 3])
lst2[0] = 5
del lst2[2]
print(lst2[0], len(lst2), 99 in lst2, 2 in lst2, 7 in lst2, list(lst2))
# dict.items() reuses its tuple only when nobody else holds it.
di = {"a": 1, "b": 2, "c": 3}
keep = []
for kv in di.items():
    keep.append(kv)
print(keep)
for k, v in di.items():
    print(k, v)
it = iter(di.items())
x = next(it); y = next(it)
print(x, y, x is y)
res = [t for t in di.items()]
print(res)
print(list(di.items()), dict(di.items()), sorted(di.items(), key=lambda t: -t[1]))
a = next(iter(di.items()))
print(a)
# Errors raised while iterating for an unpacking pass through unchanged.
def g():
    yield 1
    raise ValueError("inside")
try:
    a, *b = g()
except ValueError as e:
    print("VE", e)
try:
    a, b = g()
except ValueError as e:
    print("VE2", e)
class It:
    def __iter__(self):
        raise KeyError("it")
try:
    a, b = It()
except KeyError as e:
    print("KE", e)
try:
    a, *b = It()
except KeyError as e:
    print("KE2", e)
class BadIt:
    def __iter__(self):
        return 5
try:
    a, b = BadIt()
except TypeError as e:
    print("TE", e)
try:
    a, *b = 3
except TypeError as e:
    print("TE2", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("VE3", e)
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
a, *b = "xyz"
print(a, b)
print(d["nothere"])
