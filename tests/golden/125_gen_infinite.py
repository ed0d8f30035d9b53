# Infinite generators consumed with break, islice by hand, primes, cycles.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()), take(3, naturals(100)), take(0, naturals()))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(20, primes()))
for p in primes():
    if p > 100:
        print("first prime over 100:", p)
        break
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(take(7, cycle("abc")), take(4, cycle([None])))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
for s in running_sum(naturals(1)):
    if s > 50:
        print("triangular over 50:", s)
        break
def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(take(4, windows(naturals(), 3)))
gen = naturals()
for i, v in enumerate(gen):
    if i == 3:
        break
print("resumed at", next(gen))
def powers_of(b):
    v = 1
    while True:
        yield v
        v *= b
print([p for p, _ in zip(powers_of(2), range(70))][-1], take(5, powers_of(-3)))
