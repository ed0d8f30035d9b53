# heapq's heap operations (native, as CPython's _heapq): layouts, comparison order,
# errors and a list changed by a comparison, each matched against CPython.
import heapq

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

# Layouts after pushes, pops, heapify, replace and pushpop, for several sizes.
for size in (0, 1, 2, 3, 7, 16, 100, 3000):
    data = [rnd(1000) for _ in range(size)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    a = list(data)
    heapq.heapify(a)
    popped = [heapq.heappop(h) for _ in range(min(5, len(h)))]
    if a:
        r = heapq.heapreplace(a, 500)
        p = heapq.heappushpop(a, 250)
    else:
        r = p = None
    print(size, popped, r, p, sum(i * v for i, v in enumerate(h)) % 1000003,
          sum(i * v for i, v in enumerate(a)) % 1000003, a[:8])

# Tuples, strings, floats (with a NaN), mixed ints and floats.
h = []
for t in [(3, "c"), (1, "z"), (1, "a"), (2, "b"), (0, "x")]:
    heapq.heappush(h, t)
print([heapq.heappop(h) for _ in range(5)])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words, heapq.nsmallest(3, words), heapq.nlargest(2, words))
fl = [3.5, float("nan"), 1.25, -0.0, 0.0, 2, 1]
heapq.heapify(fl)
print(fl)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], reverse=True)))

# The order of comparisons, through a logging __lt__.
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return f"K{self.v}"

h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, K(v))
print(h, log)
log.clear()
print(heapq.heappop(h), h, log)
log.clear()
print(heapq.heappushpop(h, K(4)), heapq.heapreplace(h, K(0)), h, log)
log.clear()
objs = [K(v) for v in [9, 4, 7, 1, 8, 2, 6]]
heapq.heapify(objs)
print(objs, log)

# A comparison that changes the list's size.
class Shrink:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, o):
        if self.heap:
            self.heap.pop()
        return self.v < o.v

h = []
h.extend([Shrink(i, None) for i in range(5)])
h.append(Shrink(-1, h))
for f, args in [(heapq.heapify, (h,)), (heapq.heappush, (h, Shrink(-5, h)))]:
    try:
        f(*args)
    except RuntimeError as e:
        print("RuntimeError:", e, len(h))

# A comparison that raises, and items that cannot be compared.
class Bad:
    def __lt__(self, o):
        raise ValueError("no order")
h = [Bad()]
try:
    heapq.heappush(h, Bad())
except ValueError as e:
    print("ValueError:", e, len(h))
try:
    heapq.heappush([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)

# Argument errors, worded as CPython's.
for f, args in [(heapq.heappush, ()), (heapq.heappush, ([],)), (heapq.heappop, ()),
                (heapq.heappop, ([], 1)), (heapq.heapify, (3,)), (heapq.heappush, (None, 1)),
                (heapq.heapreplace, ((), 1)), (heapq.heappushpop, ([],)), (heapq.heappop, ([],)),
                (heapq.heapreplace, ([], 1))]:
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    heapq.heappush(heap=[], item=1)
except TypeError as e:
    print("TypeError:", e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 3))

# A list subclass is a list.
class L(list):
    pass
ls = L([5, 1, 4])
heapq.heapify(ls)
heapq.heappush(ls, 0)
print(type(ls).__name__, ls, heapq.heappop(ls))
