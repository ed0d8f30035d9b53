# Every dict method.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99))
print(d.setdefault("a", 50), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"c": 30, "e": 5})
print(d)
d.update([("f", 6), ("a", 10)])
print(d)
d.update(g=7, a=11)
print(d)
d.update()
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([], 1), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(d.keys(), d.values(), d.items())
print(type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
