# __dict__, vars(), class-level introspection, __class__, __name__, __module__.
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def m(self):
        pass
a = A()
print(vars(a), a.__dict__ is vars(a), a.__class__ is A, a.__class__.__name__, A.__module__, __name__)
print(sorted(k for k in vars(A) if not k.startswith("__")), "m" in A.__dict__, "y" in A.__dict__)
a.__dict__["z"] = 3
print(a.z, vars(a))
vars(a).update(w=4)
print(a.w, sorted(vars(a)))
print(type(A).__name__, type(a).__name__, type(type(a)).__name__, type(type).__name__, type(object).__name__)
print(A.__bases__, object.__bases__, A.__mro__ == (A, object), A.__qualname__)
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
Dyn = type("Dyn", (A,), {"x": 10, "hello": lambda self: "hi from Dyn"})
d = Dyn()
print(Dyn.__name__, d.x, d.y, d.hello(), isinstance(d, A), [c.__name__ for c in Dyn.__mro__])
print(type(1) is int, type("s") is str, type([]) == list, type(None).__name__, type(type(None)).__name__)
class Meta_free:
    count = 0
    def __init__(self):
        self.__class__.count += 1
Meta_free(); Meta_free()
print(Meta_free.count)
b = A()
b.__class__ = Dyn
print(type(b).__name__, b.hello())
print(isinstance(A, type), isinstance(A(), type), issubclass(A, object), issubclass(type, object))
print(hasattr(A, "__init__"), hasattr(a, "__class__"), callable(A.m), A.m(a))
