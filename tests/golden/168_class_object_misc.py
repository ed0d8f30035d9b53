# object(): identity, equality, hashing; class-level constants; instance counting; __init__ return.
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 is o2, o1 != o2, hash(o1) == hash(o1), type(o1).__name__)
print(len({o1, o2, o1}), {o1: 1, o2: 2}[o1], [o1, o2].index(o2))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o1 < o2
except TypeError as e:
    print("TypeError:", e)
print(id(o1) == id(o1), id(o1) != id(o2), isinstance(id(o1), int))
sentinel = object()
def find(seq, target, default=sentinel):
    for i, v in enumerate(seq):
        if v == target:
            return i
    if default is sentinel:
        raise ValueError(f"{target!r} not found")
    return default
print(find([1, 2], 2), find([1, 2], 5, None))
try:
    find([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Config:
    DEBUG = False
    LEVELS = ("low", "mid", "high")
    LIMIT = 2 ** 10
print(Config.DEBUG, Config.LEVELS[1], Config.LIMIT, Config().LIMIT)
class Tracker:
    live = 0
    total = 0
    def __init__(self, name):
        self.name = name
        Tracker.live += 1
        Tracker.total += 1
    def close(self):
        Tracker.live -= 1
ts = [Tracker(str(i)) for i in range(5)]
for t in ts[:2]:
    t.close()
print(Tracker.live, Tracker.total)
class WithNew:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, v):
        print("  __init__", v)
        self.v = v
w = WithNew(7)
print(w.v, w.created_by_new)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, (a is b) and (a == c), None is None, True is True)
