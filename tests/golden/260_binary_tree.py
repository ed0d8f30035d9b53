# A binary search tree with insert, delete, traversals, height, and a pretty printer.
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self._Node(key))
                self.count += 1
                return True
            cur = nxt
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def delete(self, key):
        def _del(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _del(node.left, key)
            elif key > node.key:
                node.right = _del(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _del(node.right, succ.key)
            return node
        self.root = _del(self.root, key)
        self.count -= 1
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return list(walk(self.root))
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)
        return out
    def postorder(self):
        def walk(n):
            return walk(n.left) + walk(n.right) + [n.key] if n else []
        return walk(self.root)
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def show(self):
        def lines(n, prefix, is_left):
            if n is None:
                return
            lines(n.right, prefix + ("│   " if is_left else "    "), False)
            print(prefix + ("└── " if is_left else "┌── ") + str(n.key))
            lines(n.left, prefix + ("    " if is_left else "│   "), True)
        lines(self.root, "", True)
t = BST()
print([t.insert(k) for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]])
print(t.count, t.inorder())
print(t.preorder())
print(t.postorder())
print(t.levels(), t.height())
t.show()
print(45 in t, 46 in t, [k for k in range(0, 100, 5) if k in t])
for k in [20, 30, 50]:
    t.delete(k)
    print("after deleting", k, t.inorder(), t.levels())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
t.show()
skewed = BST()
for k in range(10):
    skewed.insert(k)
print(skewed.height(), skewed.levels()[-1], BST().inorder(), BST().height())
