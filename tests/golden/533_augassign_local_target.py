# Augmented assignment to an attribute or subscript of a plain local: the local is
# loaded again for the store, so results, the order of the special-method calls and
# the errors must be exactly those of the Dup/Swap form.
log = []


class Rec:
    def __init__(self):
        object.__setattr__(self, "d", {"x": 1, 0: 100})

    def __getattr__(self, name):
        log.append(("get", name))
        return self.d[name]

    def __setattr__(self, name, value):
        log.append(("set", name, value))
        self.d[name] = value

    def __getitem__(self, k):
        log.append(("getitem", k))
        return self.d[k]

    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
        self.d[k] = v


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        log.append(("iadd", self.v, o))
        return Acc(self.v + o)

    def __repr__(self):
        return f"Acc({self.v})"


def attr(o, k):
    o.x += k
    o.x *= 2
    return o.x


def sub(a, i):
    a[i] += 10
    a[0] -= 1
    a["x"] = a["x"]
    return a


def objects(o):
    acc = Acc(1)
    o.x = acc
    o.x += 5
    return o.x


r = Rec()
print(attr(r, 3), log)
log.clear()
print(sub(Rec(), "x").d, log)
log.clear()
print(objects(Rec()), log)

# A tuple item: the list is extended in place, then the store raises.
def tuple_item(t):
    try:
        t[0] += [3]
    except TypeError as e:
        print("TypeError:", e)
    return t


print(tuple_item(([1, 2], 5)))

# Missing attribute, read-only attribute, missing key, bad operand.
class RO:
    @property
    def x(self):
        return 1


def errors():
    out = []
    for fn in (
        lambda o: attr(o, 1),
    ):
        for o in (object(), RO(), 5):
            try:
                fn(o)
            except (AttributeError, TypeError) as e:
                out.append(f"{type(e).__name__}: {e}")
    d = {}
    try:
        sub(d, "k")
    except KeyError as e:
        out.append(f"KeyError: {e}")
    lst = [1, 2]
    try:
        sub(lst, 5)
    except IndexError as e:
        out.append(f"IndexError: {e}")
    try:
        sub([None], 0)
    except TypeError as e:
        out.append(f"TypeError: {e}")
    return out


for line in errors():
    print(line)


# A walrus or a yield in the value keeps the single evaluation of the target.
def walrus(a, i):
    a[i] += (i := 0) + 1
    return a, i


def gen(o):
    o.x += yield 1
    yield o.x


print(walrus([5, 6, 7], 2))
g = gen(Rec())
next(g)
print(g.send(4))


def loop(n):
    class C:
        pass

    c = C()
    c.n = 0
    c.s = 0
    xs = [0] * 4
    for i in range(n):
        c.n += 1
        c.s += i * i
        xs[i % 4] += i
        xs[1] *= 1
    return c.n, c.s, xs


print(loop(1000))
