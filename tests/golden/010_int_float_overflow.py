# OverflowError and conversions between big ints and floats.
print(float(2**1023), float(2**1023 + 2**970))
for n in (2**1024, -(2**1024), 10**400):
    try:
        print(float(n))
    except OverflowError as e:
        print("OverflowError:", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**398, (10**400 + 1) / 10**399)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(2**1000 / 2**999, (2**1000 + 1) / 2, 1 / 2**1000)
print(int(1e300) == 10**300, int(1e300) - 10**300 != 0)
print(int(1.5e20), int(123456789.987654321), int(-1e16 - 1))
print(float("1e309"), float("-1e309"), float("1e-400"))
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308, 1.7976931348623157e308)
print(10**22 == 1e22, 10**23 == 1e23, float(10**23), int(1e23))
print(2**53, float(2**53), float(2**53 + 1), float(2**53 + 2))
