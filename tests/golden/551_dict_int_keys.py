# d[int] on a builtin dict looked up in place: numeric keys that compare equal across
# types, user keys sharing an int's hash, misses, subclasses, special hashes.

d = {1: "one", 2.0: "two", True: "true?", -1: "minus one", -2: "minus two", 2**40: "big",
     2**64: "huge", 0: "zero", None: "none"}
for k in [1, True, 1.0, 2, 2.0, -1, -2, 2**40, 2**64, 0, False, 0.0]:
    print(repr(k), d[k])
for k in [3, -3, 2**63 - 1, -(2**63)]:
    try:
        d[k]
    except KeyError as e:
        print("KeyError:", e)

class Same:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        print("eq called", self.v, o)
        return self.v == o

e = {Same(5): "same5", 7: "seven"}
print(e[5], e[7])
try:
    e[6]
except KeyError as err:
    print("KeyError:", err)

class D(dict):
    def __missing__(self, k):
        return f"missing {k}"
sd = D({1: "a"})
print(sd[1], sd[2])

counts = {}
for i in range(1000):
    counts[i % 7] = counts.get(i % 7, 0) + 1
total = 0
for k in counts:
    total += counts[k] * k
print(total, [counts[k] for k in range(7)])
