# __repr__ and __str__: which is used where (print, str, repr, containers, f-strings, format).
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<repr>"
class OnlyStr:
    def __str__(self):
        return "OnlyStr<str>"
b, r = Both(), OnlyRepr()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b}, {1: r})
print(f"{b} {b!r} {b!s} {r} {r!r}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(OnlyStr()), [str(OnlyStr())])
s = OnlyStr()
print(repr(s).startswith("<__main__.OnlyStr object at 0x"), str(s))
print(repr(object()).startswith("<object object at "), str(Both).startswith("<class"), repr(Both))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"
wallet = [Money(1999), Money(-5), Money(100000)]
print(wallet)
for m in wallet:
    print(m, repr(m), f"[{m!s:>12}]")
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def __repr__(self):
        if not self.children:
            return f"Node({self.val!r})"
        return f"Node({self.val!r}, {self.children!r})"
tree = Node("root", [Node(1), Node("two", [Node(3.0)])])
print(tree, str(tree) == repr(tree))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Quote:
    def __repr__(self):
        return "it's"
print([Quote()], repr("it's"), str(Quote()))
