# Nested comprehensions and generator expressions over several containers.
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(grid)
print([[row[c] for row in grid] for c in range(4)])
print([x for row in grid for x in row if x % 2])
print({r: sum(row) for r, row in enumerate(grid)})
print(sorted({x % 5 for row in grid for x in row}))
print([(i, j) for i in range(3) for j in range(i, 3)])
print([[(i, j) for j in range(i)] for i in range(4)])
print(sum(x * y for x, y in zip(range(5), range(5, 10))))
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])))
words = ["alpha", "beta", "gamma", "delta"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words})
print([w.upper() if len(w) > 4 else w for w in words if "a" in w])
print(max((len(w), w) for w in words), min(w[::-1] for w in words))
chess = ["".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(4)]
print("\n".join(chess))
print(any(x > 10 for row in grid for x in row), all(len(row) == 4 for row in grid))
primes = [n for n in range(2, 60) if not any(n % d == 0 for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
