# int() parsing from strings with bases, and the error messages.
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t-7\n"))
print(int("1_000"), int("0"), int("-0"), int("00012"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("-0x1A", 0))
print(int("777", 8), int("0o777", 0), int("0o777", 8), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("hello", 36))
print(int("12", 3), int("-12", 3), int("1_0", 2), int("0", 0), int("  0b1_1  ", 0))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(2.5e-3))
print(int(True), int(False))
bad = ["", " ", "abc", "1.5", "1e3", "0x10", "--1", "1_", "_1", "1__0", "+", "12a", "١٢"]
for s in bad:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("12", 2), ("9", 8), ("g", 16), ("0x", 16), ("08", 0), ("z", 35)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print("ValueError:", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("ValueError:", e)
for v in (None, [1], "5", 5.0):
    try:
        print(int(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(int("0755", 8)), int("  -0o755 ", 0), int("1" * 70, 2))
