# Dict views: dynamic, set operations, membership.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(k, v, it)
del d["a"]
print(list(k), list(v), list(it))
print("b" in k, "a" in k, 2 in v, 99 in v, ("b", 2) in it, ("b", 3) in it)
e = {"c": 0, "d": 0, "x": 0}
print(sorted(k & e.keys()), sorted(k | e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k & {"b", "zz"}), sorted(k | ["q"]), k == {"b", "c", "d"}, k != {"b"}, k <= {"b", "c", "d", "e"})
print(sorted(it & {("b", 2), ("c", 99)}), sorted(it - {("b", 2)}))
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(d.values()), max(d.values()), sum(d.values()), min(d.items()))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(d)
try:
    d.keys()[0]
except TypeError as ex:
    print("TypeError:", ex)
vals = d.values()
try:
    print(vals == d.values())
except TypeError as ex:
    print("TypeError:", ex)
for key in list(d):
    if key.endswith("!"):
        del d[key]
print(d)
print({1: "a"}.keys() | {2}, {1: "a"}.items() | {(2, "b")} == {(1, "a"), (2, "b")})
