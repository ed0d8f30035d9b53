# Floor division and modulo with every sign combination; true division of ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 7), (-1, 7), (1, -7), (-1, -7), (100, 7), (-100, 7), (2, 100), (-2, 100)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a:5} {b:5} // {q:4} % {r:4} / {a / b!r:>22} check {q * b + r == a}")
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(7 / 7, 0 / 5, -0 / 5, 10 / 4, -10 / 4, 1 / 3, 2 / 3, 10**20 / 10**10)
print(3 * 4, 3 * -4, -3 * -4, 0 * -9)
print(5 - 8, -5 - 8, 5 - -8)
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, (-1) ** 99, (-1) ** 100, 1 ** -5, (-2) ** 3)
print(2 ** -1, 4 ** -2, (-2) ** -2, 10 ** -3)
print(abs(-17), abs(17), abs(0), abs(-10**25))
a = 17
a += 3; print(a)
a -= 30; print(a)
a *= -4; print(a)
a //= 3; print(a)
a %= 7; print(a)
a **= 5; print(a)
a <<= 2; print(a)
a >>= 3; print(a)
a |= 0x100; print(a)
a &= 0xff0; print(a)
a ^= 0x111; print(a)
a /= 2; print(a)
print(-7 // 1, -7 % 1, 7 % 7, -7 % 7, -7 % -7)
print(sum(i * i for i in range(1, 101)), sum(range(-50, 51)))
total = 1
for i in range(1, 21):
    total *= i
print("20! =", total, total // 2**18, total % 1000003)
print(round(7 / 2), round(5 / 2), round(-5 / 2), 7 // 2 * 2 + 7 % 2)
