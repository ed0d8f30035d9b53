# An LRU cache implemented with a dict and a doubly linked list, plus a decorator using it.
class LRU:
    class _N:
        __slots__ = ("k", "v", "prev", "next")
        def __init__(self, k=None, v=None):
            self.k, self.v, self.prev, self.next = k, v, None, None
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.cap = capacity
        self.map = {}
        self.head, self.tail = self._N(), self._N()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, k, default=None):
        n = self.map.get(k)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.v
    def put(self, k, v):
        n = self.map.get(k)
        if n:
            n.v = v
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.k]
            self.evictions += 1
        n = self._N(k, v)
        self.map[k] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.k)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c.keys(), c.get("a"), c.keys())
c.put("d", "D")
print(c.keys(), "b" in c, c.get("b"), c.get("b", "gone"), len(c))
c.put("c", "C2")
c.put("e", "E")
print(c.keys(), c.get("c"), c.hits, c.misses, c.evictions)
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
def lru_cached(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            sentinel = object()
            v = cache.get(args, sentinel)
            if v is sentinel:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cached(100)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits > 0, len(collatz_len.cache))
