# Container protocol: __getitem__/__setitem__/__delitem__/__contains__/__len__/__iter__/__reversed__.
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}
    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._index(i), self.default)
    def __setitem__(self, i, v):
        self.data[self._index(i)] = v
    def __delitem__(self, i):
        self.data.pop(self._index(i), None)
    def __len__(self):
        return self.size
    def __contains__(self, v):
        print("  __contains__ called")
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)
    def __repr__(self):
        return f"SparseList({list(self)})"
s = SparseList(6)
s[1] = "a"
s[-1] = "z"
s[3] = 3
print(s, len(s), s[1], s[-1], s[0], s[1:4], s[::-2])
del s[3]
print(s, "a" in s, "q" in s, 0 in s)
for bad in (6, -7, "x"):
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(list(reversed(s)), sorted(s, key=str), list(enumerate(s))[:2])
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
g = GetItemOnly()
print(list(g), 20 in g, 25 in g, [x for x in g], list(zip(g, "ab")))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, v):
        self.cells[key] = v
g2 = Grid()
g2[0, 0] = "X"
g2[1, 2] = "O"
print("\n".join("".join(g2[r, c] for c in range(3)) for r in range(2)))
class Reversible:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Reversible([1, 2, 3]))), list(Reversible("ab")))
class Default(dict):
    def __missing__(self, key):
        return f"<{key} missing>"
dd = Default(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd)
