# Integer literals in every base, underscores, signs, and their reprs.
print(0, -0, +0)
print(1_000_000, 0x_ff, 0o_17, 0b_1010)
print(0xDEADBEEF, 0XdeadBEEF, 0o777, 0O777, 0b1111, 0B1111)
print(0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff)
print(-0x8000000000000000, -0x8000000000000001)
print(123456789012345678901234567890)
print(-123456789012345678901234567890)
print(00, 000)
print(type(5).__name__, type(-5).__name__, type(10**30).__name__)
print(repr(42), str(-42), repr(10**20))
x = 9223372036854775807
print(x, x + 1, x * 2, -x - 1, -x - 2)
print(x + 1 == 9223372036854775808, (x + 1) - 1 == x)
y = -9223372036854775808
print(y, y - 1, y * -1, abs(y), -y)
print(2**63, 2**64, 2**63 - 1, -(2**63))
print(1 + 2 * 3 - 4, (1 + 2) * (3 - 4), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -1, 2 ** -2)
print(10 - -3, 10 + -3, - - 5, + - 5, ~5, ~-5, ~0)
print(int(), int(0), int(True), int(False), int(-7))
print(7 .bit_length(), (255).bit_length(), (-255).bit_length(), (0).bit_length())
print((2**100).bit_length(), (2**100 - 1).bit_length(), (-(2**100)).bit_length())
nums = [0, 1, -1, 127, 128, 255, 256, -128, -129, 10**18, 10**19, -10**19]
for n in nums:
    print(n, n.bit_length(), n + n, n * n, n - 1)
print(sum(nums), max(nums), min(nums))
print(int.__name__, isinstance(3, int), isinstance(True, int), isinstance(3.0, int))
