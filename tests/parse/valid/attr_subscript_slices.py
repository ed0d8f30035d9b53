# Valid: attribute access, subscripts, every slice form, and chains of trailers.
class N:
    def __init__(self):
        self.child = self
        self.items = list(range(10))
    def get(self):
        return self
n = N()
r = n.child
r = n.child.child.items
r = n.get().child.get().items
r = n.items[0]
r = n.items[-1]
r = n.items[1:3]
r = n.items[1:]
r = n.items[:3]
r = n.items[:]
r = n.items[::]
r = n.items[::2]
r = n.items[1::2]
r = n.items[:5:2]
r = n.items[1:5:2]
r = n.items[::-1]
r = n.items[-3:-1]
r = n.items[len(n.items) // 2:]
r = n.items[(1):(2)]
r = n.items[0:1][0]
m = {(1, 2): "pair", (1, slice(None)): "x"}
r = m[1, 2]
r = m[(1, 2)]
r = m[1,]
d = {}
d[1:2, 3] = 0 if False else None
r = [[1, 2], [3, 4]][1][0]
r = "text"[1:-1].upper()[0]
r = n.get().items[0:2][::-1]
r = (n).child
r = n.items[n.items[0]]
r = n.items[lambda: 0 if False else 0]
r = n.items[a := 1]
r = n.items[1 if True else 2:]
t = (1, 2, 3)
r = t[...] if False else t
r = (1).real
r = 1 .real
r = 1.0.real
r = 1j.imag
r = "s".join
r = b"b".hex()
r = [1][0]
r = {1: 2}[1]
r = n.items[:,] if False else 0
r = n . child . items
