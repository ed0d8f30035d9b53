# Fused `local[const]` and `local.attr` instructions fall back to the plain ones.
class Pt:
    def __init__(self, x):
        self.x = x

class Slotted:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

class Dyn:
    def __getattr__(self, name):
        return "dyn " + name

def first(seq):
    return seq[0]

def last(seq):
    return seq[-1]

def getx(o):
    return o.x

for seq in ([1, 2], (3, 4), "ab", {0: "zero", -1: "minus"}, b"xy", range(5, 9)):
    print(first(seq), last(seq))

class MyList(list):
    def __getitem__(self, i):
        return "mine"

print(first(MyList([1])), last(MyList([1])))

for o in (Pt(1), Slotted(2), Dyn(), Pt("s")):
    print(getx(o))

for bad in ([], ()):
    try:
        first(bad)
    except IndexError as e:
        print("IndexError:", e)

try:
    getx(object())
except AttributeError as e:
    print("AttributeError:", e)

def unbound_attr(flag):
    if flag:
        p = Pt(1)
    return p.x

def unbound_sub(flag):
    if flag:
        s = [1]
    return s[0]

for f in (unbound_attr, unbound_sub):
    try:
        f(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(f(True))

def uncaught(seq):
    total = 0
    for i in range(3):
        total += seq[i] * 0 + seq[5]
    return total

uncaught([1, 2, 3])
