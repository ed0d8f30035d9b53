# Sorting: key, reverse, stability, sorted vs sort, errors.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
data.sort(reverse=True); print(data)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[::-1]))
records = [("alice", 30, "paris"), ("bob", 25, "rome"), ("carol", 30, "oslo"), ("dave", 25, "paris"),
           ("eve", 35, "rome"), ("frank", 30, "rome")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])
by_city_then_age = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[2])
print([(r[2], r[1], r[0]) for r in by_city_then_age])
print(sorted(records, key=lambda r: (-r[1], r[0]))[:3])
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
stab = [(k, i) for i, k in enumerate([3, 1, 2, 1, 3, 2, 1])]
print(sorted(stab, key=lambda t: t[0]), sorted(stab, key=lambda t: t[0], reverse=True))
print(sorted([]), sorted([1]), sorted("hello"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted(range(5, 0, -1)))
print(sorted([1.5, -2, 3, 0.0, True]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 2), (1,), ()]))
print(sorted(["b", "a", "C", "B"], key=str.upper), sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
calls = []
def k(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=k), calls)
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), big[:10])
