# Arbitrary precision integer arithmetic.
print(2**100)
print(2**100 + 1, 2**100 - 1, -(2**100))
print(2**64 * 2**64 == 2**128, 2**128)
print(3**200)
f = 1
for i in range(1, 51):
    f *= i
print("50! =", f)
print(len(str(f)), str(f)[:10], str(f)[-15:])
print(f // 2**40, f % 2**40, f // 10**60, f % 97)
print(-f // 7, -f % 7, f // -7, f % -7)
print(divmod(f, 10**30))
print(divmod(-f, 10**30))
a = 12345678901234567890123456789
b = 98765432109876543210
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(a / b)
print(a > b, a < b, a == a + 0, a != b, -a < -b)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[149])
print(fib[149] % 1000000007, fib[149] // fib[148])
print(10**50 // 3, 10**50 % 3, (10**50 + 2) // 3 * 3 == 10**50 + 2)
print(pow(2, 1000) % 10**20, len(str(2**10000)))
print(int("9" * 40) + 1)
print(-(10**30) // 10**29, (-(10**30) + 1) // 10**29)
print(2**200 >> 190, 2**200 << 3 == 2**203, (2**200 - 1) & 0xffff, (-(2**70)) >> 60)
print(abs(-(3**100)), hex(2**100), oct(2**70), bin(2**70))
print(max(2**100, 2**99 * 3, 10**30), min(-(2**100), -(10**31)))
print(sum([10**20] * 1000), 2**100 // 2**100, 0 * 2**100, (2**100) ** 0)
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(x % 2**64, x.bit_length(), hash(2**61 - 1) == 0 or True)
