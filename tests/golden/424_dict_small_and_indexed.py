# Dicts below and above the size where the hash index is built (8 slots): lookups,
# deletions, re-insertions, equal keys of different types, colliding hashes, and the
# compaction after many deletions must all behave as in CPython.


class Collide:
    """Instances that all hash alike and compare by value."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v

    def __repr__(self):
        return f"C({self.v})"


def check(n):
    d = {}
    for i in range(n):
        d[i] = i * i
    d[True] = "one"  # True == 1: replaces the value, keeps the key 1
    d[2.0] = "two"   # 2.0 == 2 likewise
    print(n, len(d), d.get(1), d.get(2), list(d)[:4])
    for i in range(0, n, 3):
        del d[i]
    print(n, len(d), sorted(d)[:5], 3 in d, 4 in d, d.get(0, "gone"))
    for i in range(0, n, 3):
        d[i] = -i
    print(n, list(d.items())[-3:])
    d.clear()
    d["x"] = 1
    print(n, d)


for n in (1, 5, 8, 9, 12, 40):
    check(n)

c = {Collide(i): i for i in range(12)}
print(len(c), c[Collide(3)], c[Collide(11)], Collide(12) in c)
del c[Collide(0)]
c[Collide(20)] = 20
print(list(c.values()))

small = {Collide(i): i for i in range(4)}
small[Collide(1)] = "re"
print(small)

# Many deletions then growth (compaction), and popitem order.
big = {f"k{i}": i for i in range(100)}
for i in range(90):
    del big[f"k{i}"]
big["new"] = -1
print(len(big), list(big)[:3], big.popitem(), big.popitem())

# Instance dicts with few and many attributes.
class Bag:
    pass

b = Bag()
for i in range(12):
    setattr(b, f"a{i}", i)
    if i % 4 == 0:
        delattr(b, f"a{i}")
print(sorted(vars(b).items()))
print(getattr(b, "a11"), hasattr(b, "a4"), hasattr(b, "a5"))
