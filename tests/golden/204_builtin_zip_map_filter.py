# zip (incl. strict=), map with several iterables, filter with None and functions.
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", "xyz")), list(zip(range(3), "abc", [True, False, None])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2], [3]), ([1], [2, 3]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
z = zip("ab", [1, 2])
print(next(z), list(z), list(z), type(z).__name__)
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3, 4], [3, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])), list(map(len, ["", "ab", "abc"])))
print(list(map(str.upper, "abc")), list(map(int, ["7", "-1"])), type(map(str, [])).__name__)
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])), list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")), type(filter(None, [])).__name__)
m = map(lambda x: print("  mapping", x) or x, [1, 2, 3])
print("map is lazy")
print(next(m), list(m))
calls = []
def pred(x):
    calls.append(x)
    return x % 2
f = filter(pred, range(6))
print(calls, list(f), calls)
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
keys = ["name", "age"]
rows = [["ann", 30], ["bob", 25]]
print([dict(zip(keys, r)) for r in rows])
print(list(zip(range(10), range(10, 0, -1), "abc")))
