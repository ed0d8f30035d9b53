# Sets of small ints: creation, add/remove, membership, repr (ints print in order).
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, set(), set([1, 1, 2]), set(range(5)), {0}, set("aaa"))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop() in {3, 4}, len(s))
s.clear()
print(s, len(s), bool(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {5, 6}
u = t.copy()
u.add(7)
print(t, u, t is u, t == {6, 5}, t != u)
print({1, 2} == {2, 1}, {1} == [1], {(1, 2), (3, 4)} == {(3, 4), (1, 2)})
print(sorted({10, -5, 3, 0}), max({1, 9, 4}), sum({1, 2, 3}), list(sorted(set([3, 3, 1]))))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    s = {1}
    s[0]
except TypeError as e:
    print("TypeError:", e)
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5, 3]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(sorted(seen), dups)
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(set(words)), sorted(set(words)), sorted({w[0] for w in words}))
print({x % 4 for x in range(20)}, sorted({x for x in range(10) if x > 6}), type({1}).__name__)
print({1, 2, 3}, {6, 5, 1}, {True, 2}, {-1, -2} == {-2, -1})
