# divmod and pow with modulus, negative exponents and errors.
for a in (17, -17, 0, 5, -5, 10**20, -(10**20)):
    for b in (5, -5, 3, -3, 10**9):
        print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000007), pow(-3, 3), pow(-3, 3, 7))
print(pow(5, 0, 7), pow(5, 0, 1), pow(0, 0), pow(7, 1, 7), pow(123456789, 987654321, 10**9 + 7))
print(pow(2, -1), pow(4, -2), pow(-2, -3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(2, 100, -7), pow(-2, 101, 9), pow(2, 5, -3))
print((pow(3, -1, 7) * 3) % 7)
for bad in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5)]:
    try:
        print(pow(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-7, 2.5))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 10 ** 2.0)
print(pow(10, 2), type(pow(10, 2)).__name__, type(pow(10, -2)).__name__)
