# getattr/setattr/hasattr/delattr/callable/type/vars on various objects.
class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", "dflt"), getattr(Cfg, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
setattr(Cfg, "class_added", "yes")
print(c.level, c.new_attr, c.class_added, hasattr(c, "new_attr"), hasattr(Cfg, "new_attr"))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"), vars(c))
for name in ["upper", "nonexistent", "__len__", "join"]:
    print(name, hasattr("s", name), callable(getattr("s", name, None)))
print(getattr([3, 1, 2], "index")(2), getattr(5, "bit_length")(), getattr(int, "__name__"))
print(callable(len), callable(Cfg), callable(c), callable(None), callable(lambda: 1), callable(str.upper), callable("s"))
print(type(5), type("s"), type(None), type(c), type(Cfg), type(len), type([].append))
print(type(5).__name__, type(type(5)).__name__, type(c) is Cfg, type(True) is bool, type(1.0) is float)
print(vars(Cfg)["debug"], "level" in vars(c), sorted(vars(c)))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "never")
except AttributeError as e:
    print("AttributeError:", e)
try:
    hasattr(c)
except TypeError as e:
    print("TypeError:", e)
attrs = {"alpha": 1, "beta": "two", "gamma": [3]}
obj = type("Dyn", (), {})()
for k, v in attrs.items():
    setattr(obj, k, v)
print({k: getattr(obj, k) for k in attrs}, sorted(vars(obj)))
class Lazy:
    def __getattr__(self, name):
        return name * 2
print(getattr(Lazy(), "ab"), hasattr(Lazy(), "anything"), getattr(Lazy(), "x", "unused default"))
