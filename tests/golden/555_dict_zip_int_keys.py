# dict(zip(...)) takes pairs from the zip's two iterators, and int keys are stored by
# value: the semantics CPython has (order of next() calls, partial updates, keys kept).
d = dict(zip(range(5), "abcde"))
print(d)
z = zip([1, 2, 3], [4, 5])
print(next(z), dict(z))
it = iter([10, 20, 30])
print(dict(zip(it, [1])), list(it))
print(dict(zip([], [1])), dict(zip([1, 2], [])))
d = {True: "t", 1.0: "f"}
d[1] = "x"
print(d)
d = {}
d.update(zip("ab", [1, 2]), c=3)
print(d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, K) else o)
d = {K(1): "k"}
d[1] = "i"
print(len(d), list(d.values()))
def bad():
    yield 1
    raise ValueError("boom")
try:
    d = {}
    d.update(zip(bad(), "xy"))
except ValueError as e:
    print("ValueError", e, d)
try:
    dict(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(dict(zip([[1]], [2])) if False else "ok")
try:
    dict(zip([[1]], [2]))
except TypeError as e:
    print("TypeError", e)
