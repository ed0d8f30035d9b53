# dict | and |=, comprehensions, ** unpacking, nested defaults.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
print({**a, **b}, {**b, **a}, {**a, "y": "override"}, {"y": "first", **a})
print({k: v * 10 for k, v in a.items()}, {v: k for k, v in b.items()}, {i: i * i for i in range(5) if i % 2})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({c: ord(c) for c in "hello"}, {k: [] for k in "ab"})
def f(**kw):
    return kw
print(f(**a), f(**a, z=0), f(**{"a": 1}, **{"b": 2}))
try:
    f(**a, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
matrix = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(matrix)
print(matrix[2][3], [matrix[i][i] for i in matrix])
word_lengths = {}
for w in "a bb cc ddd e fff".split():
    word_lengths.setdefault(len(w), []).append(w)
print(word_lengths, {k: len(v) for k, v in word_lengths.items()})
