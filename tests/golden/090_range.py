# range objects: len, index, count, containment, slicing, reversed, repr, equality.
rs = [range(5), range(2, 10), range(10, 0, -2), range(0), range(5, 5), range(-3, 3, 2), range(0, 100, 7), range(3, -10, -4)]
for r in rs:
    print(repr(r), len(r), list(r), r[0] if r else None, r[-1] if r else None, list(reversed(r)), bool(r))
r = range(0, 20, 3)
print(r.start, r.stop, r.step, r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, -3 in r, 18 in r, 21 in r)
print(r[2:5], r[::-1], r[::2], r[-2:], r[1:-1:2], r[100:], list(r[::-3]))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(2) != range(3))
print(range(10**20)[-1], len(range(10**18)), 10**19 in range(10**20), range(10**20)[10**19])
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(range(-5)))
for i in range(3, 0, -1):
    print("countdown", i)
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 20))), [i * i for i in range(4)])
print(type(range(1)).__name__, str(range(1, 2)), range(0, 5, 1), range(-1, -5, -1))
