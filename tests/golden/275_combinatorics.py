# Permutations, combinations, products and subsets as generators (itertools-free).
def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield tuple(prefix)
            return
        for i in range(len(remaining)):
            yield from rec(prefix + [remaining[i]], remaining[:i] + remaining[i + 1:])
    yield from rec([], seq)
def combinations(seq, r):
    seq = list(seq)
    def rec(start, chosen):
        if len(chosen) == r:
            yield tuple(chosen)
            return
        for i in range(start, len(seq)):
            yield from rec(i + 1, chosen + [seq[i]])
    yield from rec(0, [])
def product(*seqs, repeat=1):
    pools = [list(s) for s in seqs] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result
def subsets(seq):
    seq = list(seq)
    for mask in range(1 << len(seq)):
        yield [seq[i] for i in range(len(seq)) if mask >> i & 1]
print(list(permutations("abc")))
print(list(permutations([1, 2, 3, 4], 2)), len(list(permutations(range(6)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 0)), list(combinations("ab", 3)))
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))), list(product()))
print(list(subsets("xyz")))
def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p = [1, 1, 2]
while p:
    print(p, end=" ")
    p = next_permutation(p)
print()
words = set("".join(p) for p in permutations("stop"))
print(len(words), sorted(w for w in words if w in {"tops", "spot", "pots", "opts", "post", "stop"}))
target = 10
print([c for c in combinations([1, 2, 3, 4, 5, 6], 3) if sum(c) == target])
print(sum(1 for _ in combinations(range(20), 10)))
