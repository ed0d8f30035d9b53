# with statement: __enter__/__exit__ order, as-binding, exit arguments.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"value-of-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name}: type={None if exc_type is None else exc_type.__name__} exc={exc!r} tb_is_none={tb is None}")
        return False
with Ctx("a") as v:
    print("  body with", v)
print("after a")
with Ctx("no-as"):
    print("  body without as")
try:
    with Ctx("failing") as v:
        print("  about to fail")
        raise ValueError("inside with")
        print("  not reached")
except ValueError as e:
    print("propagated:", e)
with Ctx("outer") as o, Ctx("inner") as i:
    print("  both:", o, i)
with Ctx("x") as x:
    with Ctx("y") as y:
        print("  nested", x, y)
class SelfReturning:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.exited = True
with SelfReturning() as s:
    print("  entered:", s.entered, hasattr(s, "exited"))
print("exited:", s.exited)
def func_with_return():
    with Ctx("in-func"):
        return "returned from with"
print(func_with_return())
for i in range(3):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("  loop body", i)
class Target:
    pass
t = Target()
with Ctx("attr-target") as t.value:
    pass
print(t.value)
d = {}
with Ctx("item-target") as d["k"]:
    pass
print(d)
with Ctx("tuple") as (first, *rest):
    print("  unpacked", first, rest[:3])
