# min and max: iterables, varargs, key, default, ties, errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min([3, 1, 2], key=lambda x: -x), max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0), min([1, 2], default=99))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(1, "b"), (1, "a"), (0, "z")]))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min(["bb", "aa", "cc"], key=len), max(["bb", "aa", "cc"], key=len))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(min(1, 2.5, True), max(-1, -1.0), max(1.0, 1), min(x * x for x in range(-3, 3)), max(range(10), key=lambda v: (v % 3, v)))
print(max("apple", "Apple", "APPLE"), min("b", "a", key=str.upper), max([[1, 2], [1, 3], [0, 9]]))
for bad in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max([1, "a"]),
            lambda: min([1, 2], key=1), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
scores = {"ann": 91, "ben": 78, "cy": 91, "di": 85}
best = max(scores, key=scores.get)
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst, sorted(scores, key=scores.get, reverse=True))
print(max(float("nan"), 1), max(1, float("nan")), min(float("-inf"), -1e308))
