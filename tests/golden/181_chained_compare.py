# Chained comparisons evaluate each operand once and short-circuit.
def v(label, value):
    print(f"  eval {label}")
    return value
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1, 5 > 3 == 3)
print("case 1:", v("a", 1) < v("b", 2) < v("c", 3))
print("case 2:", v("a", 1) < v("b", 0) < v("c", 3))
print("case 3:", v("a", 5) > v("b", 4) > v("c", 4) > v("d", 1))
print("case 4:", v("a", 1) <= v("b", 1) >= v("c", 0) != v("d", 1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [1, 5] in [[1, 5]], 1 < x not in [2, 3])
print(1 < x is not None, (1 < 2) < 3, 1 < (2 < 3), 2 < 3 < 4 < 5 < 6 < 7, 2 < 3 < 4 < 1 < 6)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1,) <= (1, 0))
calls = []
def f(n):
    calls.append(n)
    return n
result = f(1) < f(2) < f(0) < f(5)
print(result, calls)
lo, hi = 10, 20
print([n for n in range(5, 25, 3) if lo <= n <= hi])
print(1 < 2.5 < 3, -1 < 0 == 0.0 < True + 0.5)
try:
    1 < 2 < "3"
except TypeError as e:
    print("TypeError:", e)
print(1 > 2 < "never compared")
