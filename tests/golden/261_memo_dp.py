# Memoized dynamic programming: edit distance, LCS, knapsack, coin change, partitions.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
def edit_distance(a, b):
    @memoize
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    return d(len(a), len(b))
for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("intention", "execution"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("AGGTAB", "GXTXAYB"), repr(lcs("abc", "xyz")))
def knapsack(items, cap):
    @memoize
    def best(i, c):
        if i == len(items):
            return (0, ())
        w, v, name = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        val, chosen = best(i + 1, c - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)
    return best(0, cap)
items = [(12, 4, "gold"), (2, 2, "silver"), (1, 1, "bronze"), (1, 2, "gem"), (4, 10, "crown")]
print(knapsack(items, 15), knapsack(items, 5), knapsack(items, 0))
def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        opts = [fewest[x - c] for c in coins if c <= x and fewest[x - c] is not None]
        fewest[x] = min(opts) + 1 if opts else None
    return ways[amount], fewest[amount]
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100), coin_change([3, 7], 0))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)], partitions(100, 100))
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), len(fib.cache))
def longest_increasing(seq):
    best = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    if not seq:
        return []
    i = max(range(len(seq)), key=lambda k: (best[k], -k))
    out = []
    while i != -1:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]
print(longest_increasing([10, 9, 2, 5, 3, 7, 101, 18]), longest_increasing([]), longest_increasing([5, 4, 3]))
