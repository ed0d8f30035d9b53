# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(a, /, b):
    return a
def k(**kw):
    return kw
def m(*args):
    return args
class C:
    def meth(self, x):
        return x
    @staticmethod
    def st(x):
        return x
ident = lambda x: x
zero = lambda: 0
tests = [
    ("f()", lambda: f()),
    ("f(1)", lambda: f(1)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, b=2, a=3)", lambda: f(1, b=2, a=3)),
    ("f(1, c=2)", lambda: f(1, c=2)),
    ("f(1, 2, c=3, d=4)", lambda: f(1, 2, c=3, d=4)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g()", lambda: g()),
    ("h(a=1, b=2)", lambda: h(a=1, b=2)),
    ("k(1)", lambda: k(1)),
    ("m(x=1)", lambda: m(x=1)),
    ("C().meth()", lambda: C().meth()),
    ("C().meth(1, 2)", lambda: C().meth(1, 2)),
    ("C.meth(1)", lambda: C.meth(1)),
    ("C.st()", lambda: C.st()),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("len()", lambda: len()),
    ("abs(1, 2)", lambda: abs(1, 2)),
    ("ident()", lambda: ident()),
    ("zero(1)", lambda: zero(1)),
    ("int(x=1)", lambda: int(x=1)),
    ("5()", lambda: int(5)()),
    ("'s'()", lambda: str("s")()),
    ("sorted([], 1)", lambda: sorted([], 1)),
    ("max()", lambda: max()),
    ("divmod(1)", lambda: divmod(1)),
    ("isinstance(1)", lambda: isinstance(1)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "->", e)
