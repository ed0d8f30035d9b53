# round(): banker's rounding, precision argument, ints, and representation effects.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), type(round(v)).__name__)
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, -1))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1255, -1), round(15, -1), round(25, -1))
print(round(7), round(-7), round(7, 2), round(10**20 + 5, -1), round(10**20 + 15, -1))
print(round(2.5, 0), round(3.14159, 3), round(3.14159, 4), round(2.71828, 10))
print(round(1e20), round(1e20, -19), round(1e300, 2), round(5e-324, 400))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.0), round(-0.4), round(-0.6), round(0.0, 3), round(-0.0, 3))
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(12.5), round(13.5), round(-12.5), round(-13.5))
prices = [19.995, 4.445, 10.005, 0.015, 99.994]
print([round(p, 2) for p in prices])
print(sum(round(p, 2) for p in prices))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
print(int(2.9), int(-2.9), int(0.9999999999999999), int(1e15 + 0.5))
