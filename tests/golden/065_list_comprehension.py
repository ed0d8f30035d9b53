# List comprehensions: filters, nesting, scoping.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c != "l"])
print([x if x % 2 else -x for x in range(6)])
print([row[i] for row in [[1, 2], [3, 4]] for i in range(2)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in range(2, 50) if all(n % d for d in range(2, n))])
x = "outer"
print([x for x in "ab"], x)
print([i for i in []], [[] for _ in range(2)], [None for _ in "abc"])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
flat = [item for sub in [[1, 2], [], [3], [4, 5, 6]] for item in sub]
print(flat, sum(flat))
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [len(w) for w in words], {w: len(w) for w in words})
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
pyth = [(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30) if a * a + b * b == c * c]
print(pyth)
print([(i, j) for i in range(4) for j in range(4) if i != j and (i + j) % 3 == 0])
total = 0
gen = [total + i for i in range(5)]
print(gen)
