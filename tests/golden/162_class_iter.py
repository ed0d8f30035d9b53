# __iter__/__next__: iterator classes, iterables returning generators, re-iteration.
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if (self.r.step > 0 and self.cur >= self.r.stop) or (self.r.step < 0 and self.cur <= self.r.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), [x * 2 for x in r], list(Range2(5, 0, -2)), 6 in r, 7 in r)
it = iter(r)
print(next(it), next(it), list(it), list(it))
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3, [Tree(5), Tree(6)])])
print(list(t), max(t), sorted(t, reverse=True), len(list(t)))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), dict(zip(Fib(20), "abcdefgh")))
class OneShot:
    def __init__(self, data):
        self.data = list(data)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.data:
            raise StopIteration
        return self.data.pop(0)
o = OneShot("abc")
print(list(o), list(o))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
a, b, c = Pairs({"z": 1, "a": 2, "m": 3})
print(a, b, c, dict(Pairs({"k": "v"})), *Pairs({1: 2}))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
cd = Countdown(5)
for v in cd:
    if v == 2:
        break
print("remaining:", list(cd))
