# Tuple comparison (sorting lists of tuples): compared where they lie, ints ordered
# at once, everything else item by item with == then the operator, as CPython.

pairs = [((i * 7919) % 100, str(i % 7)) for i in range(300)]
s = sorted(pairs)
print(s[:5], s[-3:], sorted(pairs, reverse=True)[:3])
print(min(pairs), max(pairs), sorted(pairs, key=lambda p: (p[1], -p[0]))[:4])

cases = [((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)), ((), ()), ((2,), (1, 9)),
         ((1, "a"), (1, "b")), ((1.5, 2), (1.5, 1)), ((1, 2.0), (1, 2)), ((float("nan"),), (float("nan"),)),
         ((2**70, 1), (2**70, 2)), ((True, 1), (1, 0)), ((None,), (None,)), (((1, 2), 3), ((1, 2), 4)),
         (([1], 2), ([1], 3)), ((-1, 5), (-2, 9))]
for a, b in cases:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)

for a, b in [((1, "x"), (1, 2)), ((None,), (None, 1)), ((None, 1), (None, 2))]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)

log = []
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append(("eq", self.v, o.v))
        return self.v == o.v
    def __lt__(self, o):
        log.append(("lt", self.v, o.v))
        return self.v < o.v
print((1, V(2)) < (1, V(3)), (0, V(2)) < (1, V(1)), (V(1), 5) < (V(1), 6), log)
print(sorted([(2, V(1)), (1, V(5)), (2, V(0))], key=lambda t: t[0])[0][0])
