# `obj.name = local` with both operands locals, and `obj.name = <expression>` with the
# object a local, run fused through the attribute cache; everything the cache does not
# cover takes the general path.
import sys


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Prop:
    def __init__(self, v):
        self.v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, x):
        self._v = x


class Hook:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("hooked", value))


class Slotted:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


class D(dict):
    def __init__(self, v):
        self.v = v


def put(obj, v):
    obj.v = v
    return obj


ps = [Plain(i, -i) for i in range(4)]
print([(p.a, p.b) for p in ps], vars(ps[2]))
print(Prop(3).v, Hook(4).v, Slotted(5).v, D(6).v)
print(put(Plain(0, 0), 7).v)


class K:
    pass


print(put(K, 9).v, K.v)
print(put(sys, 10).v)
for bad in (1, "s", None):
    try:
        put(bad, 1)
    except AttributeError as e:
        print("AttributeError", e)


def unbound(obj):
    if False:
        v = 1
    obj.v = v


try:
    unbound(K)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


# Aliases see the store; the previous value is released.
a = Plain([1], [2])
b = a
put(b, "new")
print(a.v, a.a, a.b)


def put_expr(obj, v):
    obj.v = v * 2
    return obj


print(put_expr(Plain(0, 0), 1).v, Prop(1).v, put_expr(Prop(0), 2).v, put_expr(Hook(0), 3).v)
print(put_expr(Slotted(0), 4).v, put_expr(D(0), 5).v, put_expr(K, 6).v, put_expr(sys, 7).v)
for bad in (1, "s"):
    try:
        put_expr(bad, 1)
    except AttributeError as e:
        print("AttributeError", e)


def unbound_obj():
    if False:
        o = 1
    o.v = 5


try:
    unbound_obj()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        self.count = self.count * 1


c = Counter()
for _ in range(5):
    c.bump()
print(c.count, vars(c))
