# Function objects: __name__, __doc__, __defaults__, custom attributes, identity.
def documented(a, b=2, *args, c=3, **kw):
    """This is the docstring.

    It has several lines."""
    return a
def undocumented():
    pass
print(documented.__name__, repr(documented.__doc__), undocumented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__, undocumented.__defaults__)
documented.custom = "attached"
documented.counter = 0
documented.counter += 1
print(documented.custom, documented.counter, hasattr(documented, "custom"), hasattr(undocumented, "custom"))
alias = documented
print(alias is documented, alias.__name__, alias == documented)
def outer():
    def inner():
        pass
    return inner
i1 = outer()
i2 = outer()
print(i1 is i2, i1.__name__, i1.__qualname__, documented.__qualname__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
class C:
    def m(self):
        "method doc"
    @staticmethod
    def s():
        pass
print(C.m.__name__, C.m.__qualname__, C.m.__doc__, C.s.__qualname__, C().m.__name__)
print(callable(documented), callable(C), callable(C()), callable(5), callable(lam))
try:
    undocumented.missing
except AttributeError as e:
    print("AttributeError:", e)
def renamed():
    return 1
renamed.__name__ = "new_name"
print(renamed.__name__)
print(type(documented).__name__, type(C.m).__name__, type(C().m).__name__, type(len).__name__, type(print).__name__)
