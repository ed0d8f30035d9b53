# A trie with insert, search, prefix listing, deletion, and autocomplete ranking.
class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.size += 1
            node["$"] = 0
        node["$"] += weight
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        node = self._find(word)
        return node is not None and "$" in node
    def with_prefix(self, prefix):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append((acc, n["$"]))
                else:
                    walk(n[k], acc + k)
        if node is not None:
            walk(node, prefix)
        return out
    def delete(self, word):
        path = [self.root]
        for ch in word:
            if ch not in path[-1]:
                raise KeyError(word)
            path.append(path[-1][ch])
        if "$" not in path[-1]:
            raise KeyError(word)
        del path[-1]["$"]
        self.size -= 1
        for ch, node in zip(reversed(word), reversed(path[1:])):
            if node:
                break
            del path[path.index(node) - 1][ch]
    def complete(self, prefix, k=3):
        return [w for w, _ in sorted(self.with_prefix(prefix), key=lambda p: (-p[1], p[0]))[:k]]
t = Trie()
for w, n in [("car", 5), ("card", 2), ("care", 8), ("careful", 1), ("cat", 9), ("cart", 3), ("dog", 4), ("do", 7), ("car", 1)]:
    t.insert(w, n)
print(t.size, "car" in t, "ca" in t, "cards" in t, "" in t)
print(t.with_prefix("car"), t.with_prefix("d"), t.with_prefix("x"), len(t.with_prefix("")))
print(t.complete("ca"), t.complete("car", 2), t.complete("do", 5), t.complete("z"))
t.delete("careful")
print(t.with_prefix("care"), t.size)
t.delete("do")
print(t.with_prefix("d"), "dog" in t)
for bad in ["ca", "zebra", "do"]:
    try:
        t.delete(bad)
    except KeyError as e:
        print("KeyError:", e)
print(sorted(t.root), sorted(t.root["c"]["a"]))
