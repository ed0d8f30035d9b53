# A local store followed by an attribute read or write of another local: the attribute
# access runs fused (the store alone), with the same results and errors as unfused.
class P:
    def __init__(self, x):
        self.x = x


def reads(p):
    a = 1
    b = p.x
    a = b + 1
    c = p.x
    return a, b, c


def writes(p):
    a = p.y = 5
    b = p.z = a * 2
    return a, b, p.y, p.z


print(reads(P(3)), writes(P(0)))
for arg in (P(7), 5, "s"):
    try:
        print(reads(arg))
    except AttributeError as e:
        print("AttributeError:", e)
q = P(1)
q.__dict__["x"] = 9
print(reads(q))
try:
    writes(3)
except AttributeError as e:
    print("AttributeError:", e)


def unbound():
    a = 1
    b = p.x
    del p
    p = P(2)
    return a, b


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def shadow():
    # The attribute becomes a property of the class between two reads.
    p = P(4)
    a = 0
    first = p.x
    P.x = property(lambda self: 40)
    a = 1
    second = p.x
    del P.x
    return first, second, a


print(shadow())
a = 1
p = P(11)
a = p.x
print(a)
