# Prime sieves, factorization, totients, perfect numbers, Goldbach checks.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
P = sieve(2000)
print(len(P), P[:15], P[-5:], sum(P))
def factorize(n):
    out = {}
    for p in P:
        if p * p > n:
            break
        while n % p == 0:
            out[p] = out.get(p, 0) + 1
            n //= p
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out
for n in [1, 2, 12, 360, 97, 1001, 65536, 999983 * 2, 123456789]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()) or "1")
def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result
print([phi(n) for n in range(1, 21)], sum(phi(n) for n in range(1, 101)))
def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(360), len(divisors(360)), [n for n in range(2, 10000) if sum(divisors(n)) - n == n])
def goldbach(n):
    ps = set(P)
    for p in P:
        if n - p in ps:
            return p, n - p
    return None
print([goldbach(n) for n in range(4, 40, 2)])
twins = [(p, p + 2) for p in P if p + 2 in set(P)][:10]
print(twins)
gaps = {}
for a, b in zip(P, P[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
print(2 ** 61 - 1, all((2 ** 61 - 1) % p for p in P))
