# Loop back edges run the loop head's ForIter directly (JumpForIter): every way of
# reaching the head (first iteration, back edge, continue) and of leaving the loop
# (exhaustion, break, else, exceptions from the iterator on a later iteration).

class Countdown:
    def __init__(self, n, fail_at=None):
        self.n = n
        self.fail_at = fail_at

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == self.fail_at:
            raise ValueError(f"failed at {self.n}")
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen(n):
    for i in range(n):
        yield i * i


total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
else:
    print("else after exhaustion", total)

for i in [1, 2, 3, 4]:
    if i == 3:
        break
else:
    print("not printed")
print("broke at", i)

print(list(x for x in Countdown(5)))
for x in Countdown(4):
    print("countdown", x)

try:
    for x in Countdown(6, fail_at=2):
        print("item", x)
except ValueError as e:
    print("caught", e)

# Generators resumed inline, ending on a back edge.
s = 0
for v in gen(6):
    for w in gen(3):
        if w == 1:
            continue
        s += v * w
print("nested generators", s)

# A loop whose body is only `continue`, and loops over an emptied iterator.
n = 0
it = iter([1, 2, 3])
for _ in it:
    continue
for _ in it:
    n += 1
print("empty second pass", n)

# while loops and for loops nested.
k = 0
while k < 3:
    for j in range(k):
        k += 0
    k += 1
print("while", k)


def early(xs):
    for x in xs:
        if x > 2:
            return x
    return None


print("early", early(range(10)), early([]))
for x in Countdown(3, fail_at=1):
    pass
