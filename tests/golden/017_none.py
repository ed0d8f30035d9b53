# None: identity, comparisons, truthiness and use as default/sentinel.
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, x is not None)
print(bool(None), not None, None or "fallback", None and 1, [None] * 3)
print(None == 0, None == False, None == "", None != None, None in [1, None], None in [1, 2])
def f():
    pass
def g():
    return
def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(f(), g(), f() is None, h(1), h(2), h(3, [0]))
d = {"a": None}
print(d.get("a"), d.get("b"), d.get("b", "dflt"), "a" in d, d["a"] is None)
print([v for v in [0, None, "", None, 3] if v is not None])
print(sorted([3, 1, 2], key=None), max([1, 5, 2], default=None), max([], default=None))
n = None
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    None < None
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None if False else "NoneType", hash(None) == hash(None))
print(str(None) + "!", f"{None}", f"{None!r}", "%s" % None, "{}".format(None))
