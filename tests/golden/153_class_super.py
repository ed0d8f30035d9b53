# super() in several forms: zero-arg, two-arg, in classmethods, in properties, cooperative kwargs.
class Base:
    def __init__(self, **kwargs):
        self.base_kwargs = kwargs
    def method(self):
        return "Base.method"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    def __repr__(self):
        return "Base-repr"
class Child(Base):
    def __init__(self, x, **kwargs):
        super().__init__(**kwargs)
        self.x = x
    def method(self):
        return "Child.method -> " + super().method()
    @classmethod
    def create(cls):
        return "Child.create -> " + super().create()
    def explicit(self):
        return super(Child, self).method()
    def __repr__(self):
        return "Child(" + super().__repr__() + ")"
class Grand(Child):
    def method(self):
        return "Grand.method -> " + super().method()
    def skip(self):
        return super(Child, self).method()
g = Grand(1, extra=2)
print(g.x, g.base_kwargs, g.method(), g.skip(), g.explicit(), Grand.create(), repr(g))
class Shape:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
class Colored:
    def __init__(self, color="black", **kw):
        super().__init__(**kw)
        self.color = color
class ColoredShape(Shape, Colored):
    def __init__(self, **kw):
        super().__init__(**kw)
cs = ColoredShape(name="circle", color="red")
print(cs.name, cs.color, [c.__name__ for c in ColoredShape.__mro__])
cs2 = ColoredShape(name="square")
print(cs2.name, cs2.color)
class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
class Item(Logged):
    def __init__(self, v):
        self.v = v
it = Item(5)
it.v += 1
print(it.v)
class Prop:
    @property
    def value(self):
        return 10
class PropChild(Prop):
    @property
    def value(self):
        return super().value * 2
print(PropChild().value)
def outside(self):
    return "patched"
class Later(Base):
    pass
Later.m = outside
print(Later().m(), super(Later, Later()).method())
try:
    super(Child, Base()).method()
except TypeError as e:
    print("TypeError:", e)
