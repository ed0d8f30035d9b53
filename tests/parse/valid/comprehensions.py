# Valid: list, set, dict and generator comprehensions with several for and if clauses.
data = [1, 2, 3, 4, 5, 6]
matrix = [[1, 2], [3, 4]]
r = [x for x in data]
r = [x * 2 for x in data if x % 2]
r = [x for x in data if x > 1 if x < 5]
r = [(x, y) for x in data for y in data]
r = [(x, y) for x in data if x for y in data if y != x if y]
r = [y for row in matrix for y in row]
r = [[y * 2 for y in row] for row in matrix]
r = {x for x in data}
r = {x % 3 for x in data if x}
r = {x: x ** 2 for x in data}
r = {k: v for k, v in zip("abc", data) if v > 1}
r = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
r = (x for x in data)
r = (x for x in data if x for y in data)
r = sum(x for x in data)
r = sum((x for x in data), 0)
r = list(x * y for x, y in zip(data, data))
r = [x for x, in [(1,), (2,)]]
r = [a for *a, b in [(1, 2, 3)]]
r = [x for x in (1, 2, 3)]
r = [x for x in data if (lambda v: v)(x)]
r = [x if x else 0 for x in data]
r = [lambda: x for x in data]
r = [(y := x) for x in data]
r = [x for x in data if (y := x) > 2]
r = {x: [y for y in range(x)] for x in range(3)}
r = [x
     for x in data
     if x]
r = [x for x in data][::-1]
r = [*[x for x in data]]
