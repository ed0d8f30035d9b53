# @staticmethod and @classmethod, alternative constructors, inheritance of classmethods.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @classmethod
    def today_like(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class EuroDate(Date):
    def __repr__(self):
        return f"EuroDate({self.d:02d}.{self.m:02d}.{self.y})"
d1 = Date.from_string("2024-02-10")
d2 = EuroDate.from_string("2023-02-10")
print(d1, d2, d1.days_in_month(), d2.days_in_month(), type(d2).__name__)
print(Date.is_leap(1900), Date.is_leap(2000), d1.is_leap(2024), EuroDate.is_leap(2023))
print(Date.today_like(), EuroDate.today_like(), Date.created, EuroDate.created)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(type(Date.from_string).__name__, type(Date.is_leap).__name__, Date.from_string.__self__ is Date)
class Registry:
    _items = []
    @classmethod
    def register(cls, item):
        cls._items.append(item)
        return len(cls._items)
    @classmethod
    def items(cls):
        return list(cls._items)
    @staticmethod
    def helper(a, b=2):
        return a * b
print(Registry.register("x"), Registry().register("y"), Registry.items(), Registry.helper(3), Registry().helper(3, 3))
class Sub(Registry):
    _items = []
print(Sub.register("z"), Sub.items(), Registry.items())
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
for _ in range(4):
    Counter()
print(Counter.how_many())
sm = staticmethod(lambda: "wrapped")
class Holder:
    f = sm
print(Holder.f(), Holder().f())
