# A hash map with separate chaining implemented on lists (keys are ints and strings of digits only).
class HashMap:
    def __init__(self, buckets=4):
        self.buckets = [[] for _ in range(buckets)]
        self.n = 0
        self.resizes = 0
    @staticmethod
    def _hash(key):
        if isinstance(key, int):
            return key * 2654435761 % 2**32
        if isinstance(key, str):
            h = 5381
            for ch in key:
                h = (h * 33 + ord(ch)) % 2**32
            return h
        raise TypeError(f"unsupported key type {type(key).__name__}")
    def _bucket(self, key):
        return self.buckets[self._hash(key) % len(self.buckets)]
    def __setitem__(self, key, value):
        b = self._bucket(key)
        for pair in b:
            if pair[0] == key:
                pair[1] = value
                return
        b.append([key, value])
        self.n += 1
        if self.n > 2 * len(self.buckets):
            self._resize()
    def __getitem__(self, key):
        for k, v in self._bucket(key):
            if k == key:
                return v
        raise KeyError(key)
    def __delitem__(self, key):
        b = self._bucket(key)
        for i, (k, _) in enumerate(b):
            if k == key:
                del b[i]
                self.n -= 1
                return
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def _resize(self):
        old = [p for b in self.buckets for p in b]
        self.buckets = [[] for _ in range(len(self.buckets) * 2)]
        self.n = 0
        self.resizes += 1
        for k, v in old:
            self[k] = v
    def __len__(self):
        return self.n
    def items(self):
        return sorted(((k, v) for b in self.buckets for k, v in b), key=lambda kv: str(kv[0]))
    def stats(self):
        sizes = [len(b) for b in self.buckets]
        return len(self.buckets), max(sizes), self.resizes
m = HashMap()
for i in range(50):
    m[i] = i * i
for s in ["apple", "banana", "cherry", "42"]:
    m[s] = len(s)
m[7] = "seven"
print(len(m), m[7], m[49], m["banana"], 10 in m, 100 in m, "apple" in m, 42 in m, "42" in m)
print(m.stats())
del m[7]
del m["apple"]
print(len(m), 7 in m, m.items()[:6])
for bad in [lambda: m[1000], lambda: m.__delitem__("nope"), lambda: m.__setitem__(1.5, 0)]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(HashMap._hash(0), HashMap._hash(1), HashMap._hash("a"), HashMap._hash("hello"))
