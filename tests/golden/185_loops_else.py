# for/while with else, break and continue, nested loops with flags.
for i in range(3):
    print("for", i)
else:
    print("for completed (else runs)")
for i in range(5):
    if i == 2:
        print("breaking at", i)
        break
else:
    print("not printed")
for i in []:
    print("never")
else:
    print("empty for: else runs")
n = 0
while n < 3:
    n += 1
else:
    print("while completed, n =", n)
n = 0
while True:
    n += 1
    if n > 4:
        break
print("after while True, n =", n)
def find_prime_factor(x):
    for d in range(2, x):
        if x % d == 0:
            return d
    else:
        return None
print([find_prime_factor(x) for x in [15, 17, 49, 2]])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("while else after continue loop", evens)
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
    if found:
        break
print("found", found)
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count)
for x in range(3):
    pass
print("loop variable keeps last value:", x)
words = ["alpha", "beta", "gamma"]
for idx in range(len(words) - 1, -1, -1):
    print(idx, words[idx])
