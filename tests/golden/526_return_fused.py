# `return <local>` and `return <constant>` run fused with their load.
def local(x):
    y = x * 2
    return y


def const():
    return "c"


def implicit():
    pass


def unbound(flag):
    if flag:
        z = 1
    return z


def gen():
    yield 1
    return "done"


def early(n):
    for i in range(n):
        if i == 3:
            return i
    return None


print(local(4), const(), implicit(), early(10), early(2), (lambda: 7)(), (lambda a: a)(8))
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class C:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


print(C().get(), [local(i) for i in range(3)])
unbound(False)
