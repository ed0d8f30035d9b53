# Sets of objects with Python __hash__/__eq__: adds, lookups, removals and an __eq__ that
# raises (the set keeps its members).
class K:
    log = []
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        K.log.append((self.v, o.v))
        return isinstance(o, K) and self.v == o.v
s = set()
for i in range(10):
    s.add(K(i))
s.add(K(4))
print(len(s), sorted(k.v for k in s), len(K.log))
s.discard(K(7))
print(len(s), K(5) in s, K(50) in s)
t = {K(1), K(2)} | {K(2), K(3)}
print(sorted(k.v for k in t))
class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise ValueError("eq failed")
s = {Bad()}
try:
    s.add(Bad())
except ValueError as e:
    print("ValueError", e, len(s))
s.add(5); s.add(6)
print(len(s))
