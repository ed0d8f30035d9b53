# Set operators and their method equivalents.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,), range(9, 11)), a.intersection([1, 3], {3}), a.difference([1], [2]))
print(a <= b, a < a, a <= a, {1} < a, a > {1, 2}, a >= a, {1, 5} <= a)
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b))
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10, 11}; print(sorted(c))
c -= {2}; print(sorted(c))
c ^= {1, 99}; print(sorted(c))
c.update([5, 6], {7}); print(sorted(c))
c.intersection_update(range(6, 100)); print(sorted(c))
c.difference_update({6}); print(sorted(c))
c.symmetric_difference_update({7, 8}); print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print(set() | set(), set() & {1}, {1} - set(), set() ^ set(), set() <= {1}, set() < set())
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens), len(evens | threes))
sets = [{1, 2, 3}, {2, 3, 4}, {3, 4, 5}]
common = sets[0]
for s in sets[1:]:
    common = common & s
allv = set().union(*sets)
print(common, allv, set.intersection(*sets), set.union(*sets))
print(a == {1, 2, 3, 4}, a, b)
