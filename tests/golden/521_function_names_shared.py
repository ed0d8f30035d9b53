# Functions made from one code object share their name strings until renamed;
# generators copy their function's names when made.
def mk():
    return lambda: 0

a = mk()
b = mk()
a.__name__ = "renamed"
a.__qualname__ = "Q.renamed"
print(a.__name__, a.__qualname__, b.__name__, b.__qualname__)
print(mk().__name__, mk().__qualname__)

def gen():
    yield 1

g1 = gen()
gen.__name__ = "other"
gen.__qualname__ = "other_q"
g2 = gen()
print(g1.__name__, g1.__qualname__, g2.__name__, g2.__qualname__)
print(repr(g1).split(" at ")[0], repr(g2).split(" at ")[0])
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, sum(ge))

class C:
    def m(self):
        yield self
print(C().m().__qualname__, C.m.__qualname__)
print(sum(x * x for x in range(10)), max(x % 7 for x in range(20)), any(x > 5 for x in range(7)))
try:
    a.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    a.__qualname__ = None
except TypeError as e:
    print("TypeError", e)
print(a.__name__, repr(a).split(" at ")[0])

# The names cannot be deleted (TypeError, as in CPython); other attributes can.
def h():
    pass


for attr in ("__name__", "__qualname__"):
    try:
        delattr(h, attr)
    except TypeError as e:
        print("TypeError", e)
h.extra = 1
del h.extra
print(h.__name__, h.__qualname__, hasattr(h, "extra"))
