# Augmented assignment errors are worded as the augmented operator (`+=`), `list +=`
# takes any iterable (and raises its error), `x *= seq` follows PyNumber_InPlaceMultiply.
class O: pass
class R:
    def __radd__(self, o): return "radd"
class A:
    def __add__(self, o): return NotImplemented
def show(r):
    print(r if isinstance(r, (int, float, str)) else type(r).__name__)


def iadd(a, b): a += b; return a
def isub(a, b): a -= b; return a
def imul(a, b): a *= b; return a
def imatmul(a, b): a @= b; return a
def itruediv(a, b): a /= b; return a
def ifloordiv(a, b): a //= b; return a
def imod(a, b): a %= b; return a
def ipow(a, b): a **= b; return a
def ilshift(a, b): a <<= b; return a
def irshift(a, b): a >>= b; return a
def ior(a, b): a |= b; return a
def ixor(a, b): a ^= b; return a
def iand(a, b): a &= b; return a


ops = [("+", iadd), ("-", isub), ("*", imul), ("@", imatmul), ("/", itruediv),
       ("//", ifloordiv), ("%", imod), ("**", ipow), ("<<", ilshift), (">>", irshift),
       ("|", ior), ("^", ixor), ("&", iand)]
# Each left operand is made afresh for every operator (lists are changed in place).
cases = [
    (lambda: O(), 1), (lambda: 1, O()), (lambda: 1, R()), (lambda: A(), 1),
    (lambda: {1}, [1]), (lambda: {1: 2}, [1]), (lambda: "s", 1.5), (lambda: (1,), [2]),
    (lambda: b"x", "y"), (lambda: 1, 2), (lambda: 2, None), (lambda: [1], "a"),
    (lambda: [1], 5), (lambda: [1], 2.5), (lambda: None, None), (lambda: 1.5, "x"),
    (lambda: "a", None), (lambda: frozenset(), [1]), (lambda: range(3), 1),
    (lambda: True, None), (lambda: 2**70, None),
]
for make, b in cases:
    for sym, f in ops:
        try:
            show(f(make(), b))
        except Exception as e:
            print(sym, type(e).__name__, e)
