# Uncaught exception raised by a context manager's __exit__.
class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, e, tb):
        print("end", self.name, "ops:", self.ops)
        if len(self.ops) > 2:
            raise OSError(f"commit of {self.name} failed: too many operations ({len(self.ops)})")
        return False
with Transaction("t1") as t:
    t.ops.append("insert")
    t.ops.append("update")
with Transaction("t2") as t:
    for op in ("insert", "update", "delete"):
        t.ops.append(op)
print("not reached")
