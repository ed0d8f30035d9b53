# @property with getter, setter and deleter; computed and validated attributes.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit, t.__dict__)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"), t.__dict__)
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
class ReadOnly:
    @property
    def answer(self):
        return 42
r = ReadOnly()
print(r.answer)
try:
    r.answer = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.answer
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def expensive(self):
        if not hasattr(self, "_cache"):
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache
lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.__doc__)
class Documented:
    @property
    def x(self):
        "The x property."
        return 1
print(Documented.x.__doc__, isinstance(Documented.x, property))
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    def _get_w2(self):
        return self.w * 2
    double_width = property(_get_w2)
rc = Rect(3, 4)
print(rc.area, rc.double_width)
rc.w = 10
print(rc.area, rc.double_width)
