# Subscripts by a small int constant (`x[3]`, `x[3] = v`) run fused when `x` is a local
# builtin list (or tuple, for loads); every other receiver takes the general path.
def loads(x):
    return x[0], x[2]


def stores(x, v):
    x[0] = v
    x[2] = v * 2
    return x


print(loads([1, 2, 3]), loads((4, 5, 6)), loads("abc"), loads({0: "a", 2: "b"}))
print(loads(range(10)), loads(b"xyz"))
print(stores([0, 0, 0], 5), stores({}, 1))


class L(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, -v)


print(loads(L([1, 2, 3])), stores(L([1, 2, 3]), 4))

# Out of range: IndexError, from the fused load and the fused store alike.
for bad in ([1], (1,), []):
    try:
        loads(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    stores([1, 2], 9)
except IndexError as e:
    print("IndexError", e)
try:
    stores((1, 2, 3), 9)
except TypeError as e:
    print("TypeError", e)


# Large and negative constants are not fused; they must still work.
def edges(x):
    x[-1] = "last"
    x[70000] = "big" if len(x) > 70000 else None
    return x[-2], x[70000]


big = list(range(70002))
print(edges(big), big[-1], big[70000])


# The stored value is released, the replaced one too; aliases see the change.
def chain(a):
    b = a
    a[1] = [a[0]]
    b[0] = b[1]
    return a


print(chain([1, 2]))


# An unbound local reached through the fused instruction reports the right name.
def unbound():
    try:
        return x[0]
    finally:
        pass
    x = [1]


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_store():
    y[0] = 1
    y = [1]


try:
    unbound_store()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# An error in the last line of a traceback comes from the fused store.
t = (1, 2, 3)


def fail(t):
    t[1] = 0


fail(t)
