# Practical context manager patterns without contextlib.
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
ind = Indenter()
with ind:
    ind.print("level 1")
    with ind:
        ind.print("level 2")
        with ind:
            ind.print("level 3")
    ind.print("back to 1")
ind.print("level 0")
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, e, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back because of {et.__name__}: {e}")
            return True
        print("  committed")
        return False
db = {"balance": 100}
with Transaction(db) as s:
    s["balance"] -= 30
print(db)
with Transaction(db) as s:
    s["balance"] -= 500
    if s["balance"] < 0:
        raise ValueError("insufficient funds")
print(db)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        outer = self
        class _Ctx:
            def __enter__(self):
                outer.items.append(item)
                return outer
            def __exit__(self, *a):
                outer.items.pop()
        return _Ctx()
st = Stack()
with st.push("a"):
    with st.push("b"):
        print(st.items)
    print(st.items)
print(st.items)
class Capture:
    def __init__(self):
        self.lines = []
    def __enter__(self):
        return self.lines.append
    def __exit__(self, *a):
        return False
cap = Capture()
with cap as emit:
    for i in range(3):
        emit(f"line {i}")
print(cap.lines)
