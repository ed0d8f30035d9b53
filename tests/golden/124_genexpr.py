# Generator expressions: laziness, single use, scoping, as arguments.
ge = (x * x for x in range(5))
print(type(ge).__name__, next(ge), next(ge), list(ge), list(ge))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), min((x for x in [3, 1, 2]), default=0))
print(sorted(c for c in "generator"), "".join(c.upper() for c in "shout"), tuple(i for i in range(3)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []), list(zip((i for i in "abc"), range(10))))
log = []
def src():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
print(list(lazy), len(log))
first_big = next((n for n in range(1, 1000) if n * n > 500), None)
print(first_big, next((n for n in [] if n), "no match"))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
x = 10
g2 = (x + i for i in range(3))
x = 100
print(list(g2))
items = [1, 2, 3]
g3 = (i for i in items)
items.append(4)
print(list(g3))
items2 = [1, 2, 3]
g4 = (i for i in items2)
items2 = [9]
print(list(g4))
print(dict((k, len(k)) for k in ["a", "bb"]), set(n % 3 for n in range(10)))
total = sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6]))
print(total)
pipeline = (w.strip().lower() for w in [" Apple ", "BANANA", "  cherry"])
filtered = (w for w in pipeline if "a" in w)
print(list(filtered))
try:
    (1 / x for x in [1, 0])
    print("creating does not evaluate")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
