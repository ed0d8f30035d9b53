# sum with start, sorted with key/reverse, reversed, enumerate with start.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum((x * x for x in range(4)), start=100))
print(sum([10**20, 1, -(10**20)]), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted({3: "x", 1: "y"}), sorted([]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b")], key=lambda p: p[1], reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted([1, 2, 3, 4, 5, 6], key=lambda x: x % 3))
lst = [5, 4, 3]
s = sorted(lst)
print(lst, s, s is lst)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])), type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-1)), list(enumerate([])))
e = enumerate(["x", "y"], 10)
print(next(e), next(e), next(e, "done"), type(e).__name__)
for i, (a, b) in enumerate(zip("xy", "12"), 1):
    print(i, a, b)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
