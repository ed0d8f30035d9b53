# Float arithmetic, floor division and modulo with signs.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (0.0, 3.0), (-0.0, 3.0),
         (5, 0.5), (10**20, 3.0), (1e-10, 3), (-1e-10, 3), (3.0, 1e-10)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 5.0, 0.0 % -5.0, -1e-300 % 1.0, 6.0 % 3.0, -6.0 % 3.0)
print(2.0 ** 3, 2 ** 3.0, (-8.0) ** 2, 9.0 ** 0.5, (-2.0) ** -1, 0.0 ** 0)
print(1.5 + 2, 2 - 0.5, 3 * 0.5, 7 / 2.0, -3.5 // 1, -3.5 % 1)
print(abs(-2.5), abs(-0.0), -(-0.0), +(-0.0), -0.0 == 0.0)
a = 10.0
a += 2.5; print(a)
a -= 0.5; print(a)
a *= 3; print(a)
a /= 4; print(a)
a //= 2; print(a)
a %= 2.5; print(a)
a **= 2; print(a)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print("harmonic", total)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]), sum(x / 7 for x in range(7)))
mean = sum([2.5, 3.5, 9.25, -1.0]) / 4
print(mean, max(2.5, 3.5, -1.0), min(1e-9, 1e-10))
print(3.0 == 3, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1.0 != 1.0000000000000002)
print(1e308 * 10 > 1e308, -1e308 * 10, 1e-320 / 1e10)
c = 1.0
steps = 0
while c != 0.0:
    c /= 2
    steps += 1
print("halvings until zero:", steps)
print(7.0 // 0.5, 7.0 % 0.5, 7.3 // 0.1, 1.0 // 3, -1.0 // 3)
