# Valid: decorated classes and decorated methods, stacked decorators with arguments.
def register(cls):
    return cls
def with_tag(tag):
    def wrap(cls):
        cls.tag = tag
        return cls
    return wrap
@register
class A:
    pass
@register
@with_tag("b")
class B(A):
    @staticmethod
    def make():
        return B()
    @classmethod
    def build(cls, *args):
        return cls()
    @property
    def name(self):
        return "b"
    @name.setter
    def name(self, v):
        pass
@with_tag(tag="c")
class C(B, metaclass=type):
    x: int = 0
