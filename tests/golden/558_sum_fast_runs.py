# sum() adds runs of ints and floats where they lie (lists, tuples, ranges, dict values)
# and everything else through the iterator: order, overflow, mixed types, mutation.
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(10)), sum(range(10, 0, -3)), sum([]), sum([], 7))
print(sum([1, 2.5, 3]), sum([1.5, 2, 3]), sum([2**62, 2**62, 2**62]), sum([2**63 - 1, 1, -5]))
print(sum({1: 2, 3: 4}.values()), sum({1: 2.5, 3: 4}.values()), sum({5: "a", 6: "b"}))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum(range(5), 0.5), sum(iter([1, 2, 3])))
print(sum([True, False, True]), sum([1, True, 2]), sum(range(100000)), sum(range(-(2**62), 2**62, 2**61)))
class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return o + self.v
print(sum([1, 2, N(10), 3, 4]))
d = {1: 1, 2: 2}
class Grow:
    def __radd__(self, o):
        d[len(d) + 10] = 0
        return o
d[3] = Grow()
d[4] = 5
try:
    print(sum(d.values()))
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2]
class App:
    def __radd__(self, o):
        l.append(100)
        return o
l.append(App())
print(sum(l), l[-1])
print(sum(x for x in [1, 2, 3]), sum(map(int, ["1", "2"])))
print(sum([float("inf"), 1.0]), sum([1e308, 1e308]), sum([0.1] * 10))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
