# Shortest round-trip repr of floats.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0,
        1e-4, 1e-5, 0.0001234, 1.5e300, 1e22, 1e23, 9007199254740993.0, 3.141592653589793,
        2.5, 100.0, 1234567890123456789.0, 0.3, 1.1 * 3, 5e-324, 1.7976931348623157e308,
        12345.678, 0.000001, 1e100, 123e-20, 4.35, 0.1 * 3, 1 - 0.9, 1e-7, 1.0e16 + 1]
for v in vals:
    print(repr(v), str(v), v)
print([0.1, 0.25, -1.5], (1.0,), {"x": 2.0})
print(float("0.1"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."), float("-.0"))
print(float("inf"), float("-Infinity"), float("nan"), float("+NaN"), float("INF"))
print(float(10), float(-3), float(True), float("1e-3"), float("1E+3"))
print(1e3, 1e-3, 1.5e-10, 2e0, 1_0.0_1)
print(0.1 + 0.7, 0.1 * 0.1, 3.0 * 1.1, 1.0 / 10, 2.0 ** 0.5, 10.0 / 3.0)
print(1e16, 1e17, 123456789012345680.0, 0.1e-3, 9.999999999999999e22)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-9)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
print((0.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
for s in ["abc", "", "1.2.3", "1e", "0x10", "- 1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
