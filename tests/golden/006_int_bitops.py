# Bitwise operators on positive, negative and big integers.
vals = [0, 1, 5, -1, -6, 255, 1 << 40, -(1 << 40) - 3]
for a in vals:
    for b in (3, -4, 0xF0F0):
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, a << 3, a >> 2, -a >> 1)
print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 100, (-1 << 100) >> 99, 12345 >> 100, -12345 >> 100)
print(0xFF & ~0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~0xFF & 0xFFFF)
print(((1 << 128) - 1) & ((1 << 64) + 5), (1 << 128) | 1, (1 << 128) ^ (1 << 127))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, ~True, ~False, True << 3)
print(type(True & True).__name__, type(True & 1).__name__, type(True ^ False).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in (0, 1, 7, 255, 256, 2**100 - 1, 0b1011011):
    print(n, popcount(n), bin(n).count("1"))
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, bin(x), [i for i in range(20) if x >> i & 1])
print(5 & 3 | 8, 5 & (3 | 8), 1 + 2 << 3, 1 + (2 << 3), 16 >> 2 + 1, -8 >> 1 & 7)
