# d1.keys() & d2.keys(): the smaller dict's keys (the right one on a tie) tested
# against the other dict, in that order: the result set's iteration order as CPython's.
for n, m, off in [(100, 150, 50), (10, 5, 3), (1000, 1000, 500), (7, 7, 0), (300, 20, 290)]:
    d = {(i * 37) % 1009: i for i in range(n)}
    e = {(i * 37) % 1009 + off: i for i in range(m)}
    r = d.keys() & e.keys()
    print(type(r).__name__, len(r), list(r)[:12], list(e.keys() & d.keys())[:12])
d = {"b": 1, "a": 2, "c": 3}
print(d.keys() & {"a": 0, "z": 1}.keys(), sorted(d.keys() & d.keys()))
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
a = {K(1): 0, K(2): 0, K(4): 0}
b = {K(4): 0, K(7): 0}
print(sorted(k.v for k in a.keys() & b.keys()))
print(a.keys() & {}.keys(), {}.keys() & a.keys(), type({}.keys() & {}.keys()).__name__)
