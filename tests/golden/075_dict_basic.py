# Dict creation, insertion order, lookup, update, deletion.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], list(d), "a" in d, "z" in d, 2 in d)
d["d"] = 4
d["b"] = 20
print(d)
del d["a"]
d["a"] = 100
print(d, list(d.keys()))
print(dict(), {}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("abc", range(3))))
print(dict([("k", 1), ("k", 2)]), {"k": 1, "k": 2}, {1: "a", 1.0: "b", True: "c"})
keys = [0, -1, 2.5, "s", (1, 2), None, True, frozenset({1}), b"by", ""]
m = {k: repr(k) for k in keys}
print(m, len(m))
print(m[(1, 2)], m[None], m[1], m[b"by"], m[frozenset([1])], m[""])
e = {}
for word in "the cat and the hat and the bat".split():
    e[word] = e.get(word, 0) + 1
print(e, max(e, key=e.get), sorted(e, key=lambda w: (-e[w], w)))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"])
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == dict())
aliased = d
aliased["new"] = True
print(d is aliased, "new" in d)
print(list(d.items())[:2], list(reversed(d)), list(reversed(d.items()))[0])
try:
    {} < {}
except TypeError as ex:
    print("TypeError:", ex)
print(str({"q": "it's"}), repr({"n": None, "t": (1,), "l": [{}]}))
self_ref = {}
self_ref["me"] = self_ref
print(self_ref)
