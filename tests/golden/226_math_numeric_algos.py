# Numeric algorithms using math: primes, Newton's method, statistics, geometry.
import math
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(100) if is_prime(n)], is_prime(2**31 - 1), is_prime(10**9 + 7))
def newton_sqrt(x, tol=1e-12):
    guess = x / 2 or 1.0
    for i in range(100):
        nxt = (guess + x / guess) / 2
        if abs(nxt - guess) < tol:
            return nxt, i
        guess = nxt
    return guess, 100
for v in (2, 10, 1e6, 0.25):
    r, it = newton_sqrt(v)
    print(v, r, it, math.isclose(r, math.sqrt(v)))
data = [2, 4, 4, 4, 5, 5, 7, 9]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(mean, var, math.sqrt(var), sorted(data)[len(data) // 2])
def dist(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])
pts = [(0, 0), (3, 4), (6, 8), (-1, 1)]
print([round(dist(pts[0], p), 6) for p in pts], max(pts, key=lambda p: dist((0, 0), p)))
def polygon_area(poly):
    s = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]), polygon_area([(0, 0), (1, 0), (0, 1)]))
angles = [0, 30, 45, 60, 90, 180, 270]
for a in angles:
    r = math.radians(a)
    print(a, round(math.sin(r), 10), round(math.cos(r), 10))
print(math.comb(10, 3) == math.factorial(10) // (math.factorial(3) * math.factorial(7)))
print([math.comb(6, k) for k in range(7)], sum(math.comb(20, k) for k in range(21)) == 2**20)
def binomial_prob(n, k, p):
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)
print([round(binomial_prob(4, k, 0.5), 4) for k in range(5)])
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)), math.prod(range(1, 21)) == math.factorial(20))
