# __getattr__ (fallback), __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr.
class Fallback:
    existing = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.existing, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "dyn_y"), hasattr(f, "other"))
try:
    f.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "other", "default used"))
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  deleting {name}")
        del self._fields[name]
    def __repr__(self):
        return "Record(" + ", ".join(f"{k}={v!r}" for k, v in self._fields.items()) + ")"
r = Record(a=1, b="two")
r.c = 3.0
print(r, r.a, r.c)
del r.a
print(r, hasattr(r, "a"))
try:
    r._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  accessing {name}")
        return super().__getattribute__(name)
    def method(self):
        return self.x
s = Spy()
print(s.method())
class Plain:
    pass
p = Plain()
setattr(p, "dynamic", 10)
print(p.dynamic, getattr(p, "dynamic"), hasattr(p, "dynamic"), vars(p))
delattr(p, "dynamic")
print(hasattr(p, "dynamic"), vars(p))
try:
    delattr(p, "dynamic")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(p, "with space", "odd but allowed")
print(getattr(p, "with space"))
names = ["upper", "lower", "title"]
print([getattr("MiXed", n)() for n in names])
class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.append(0)
px.sort()
print(px._target, px.log, px.count(1))
