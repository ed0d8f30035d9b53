# Valid program: an LRU cache built on a doubly linked list and a dict, with dunder protocols.
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        if (node := self.map.get(key)) is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            node = self.map[key] = _Node(key, value)
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{inner}}})"


if __name__ == "__main__":
    cache = LRUCache(2)
    cache["a"] = 1
    cache["b"] = 2
    _ = cache["a"]
    cache["c"] = 3
    print(cache, "b" in cache, len(cache))
    try:
        cache["b"]
    except KeyError as missing:
        print("evicted:", missing)
    print(f"hits={cache.hits} misses={cache.misses}")
