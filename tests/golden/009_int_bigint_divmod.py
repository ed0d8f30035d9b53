# Big-int floor division/modulo corner cases and equality with small ints.
big = 2**127 - 1
print(big, big % 1000, big // 10**30)
for a in (big, -big, big + 1, -(big + 1)):
    for b in (7, -7, 2**64, -(2**64), 10**20 + 3):
        q, r = divmod(a, b)
        ok = q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
        print(q, r, ok)
print((2**64) // (2**32), (2**64) % (2**32 - 1), -(2**64) // 3, -(2**64) % 3)
print(2**64 - 2**64, (2**64 - 2**64) == 0, 2**100 - 2**100 + 5)
x = 10**40
y = x - 1
print(x // y, x % y, y // x, y % x)
print(x * x // x == x, (x * x + 7) % x)
acc = 0
for k in range(1, 60):
    acc += (-1) ** k * 3**k
print(acc)
print(sum(2**i for i in range(200)) == 2**200 - 1)
print(1000000007 * 998244353, (1000000007 * 998244353) // 998244353)
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2**100, 6**50), gcd(10**30 + 1, 10**20 + 1), gcd(-12, 18), gcd(0, 5))
print(str(2**256), len(str(2**256)))
print(int(str(3**300)) == 3**300, -(3**300) < -(3**299))
