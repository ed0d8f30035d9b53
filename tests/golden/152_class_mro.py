# Multiple inheritance and C3 linearization.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print([k.__name__ for k in D.__mro__], D().who())
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class O1: pass
class F(O1): pass
class G(O1): pass
class H(F, G): pass
class I(G): pass
class J(H, I): pass
print([k.__name__ for k in J.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Both(Mixin, Named):
    pass
print(Both().greet(), [k.__name__ for k in Both.__mro__])
class Init1:
    def __init__(self):
        print("  Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("  Init2")
        super().__init__()
class Init3(Init1, Init2):
    def __init__(self):
        print("  Init3")
        super().__init__()
Init3()
print(Init3.__mro__[1].__name__, len(Init3.__mro__), D.__bases__ == (B, C))
print(isinstance(D(), C), issubclass(D, (int, C)), issubclass(M, Z))
class Attr1:
    value = 1
class Attr2:
    value = 2
class Attr3(Attr1, Attr2):
    pass
class Attr4(Attr2, Attr1):
    pass
print(Attr3.value, Attr4.value)
