# Valid: class bases, keyword arguments (metaclass and others), starred bases and **kwargs.
class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__()
class Mixin:
    pass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class A(Base):
    pass
class B(Base, Mixin):
    pass
class C(metaclass=Meta):
    pass
class D(Base, metaclass=Meta, flag=True):
    pass
bases = (Base, Mixin)
options = {"flag": 1}
class E(*bases):
    pass
class F(*bases, **options):
    pass
class G(Base, *[Mixin], metaclass=Meta, **{}):
    pass
class H(
    Base,
    Mixin,
):
    pass
def make_base():
    return Base
class I(make_base()):
    pass
class J(bases[0]):
    pass
