# Subclasses of builtin types: list, dict, set, str, int, tuple, exceptions.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__, s[1:3], sum(s))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(sorted(c.items()), c["zzz"], "zzz" in c, len(c))

class Tags(set):
    def describe(self):
        return ",".join(sorted(self))
t = Tags(["x", "y", "x"])
t.add("z")
print(t.describe(), len(t), "y" in t, isinstance(t, set))

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n + "by", len(n), n == "bob", isinstance(n, str), repr(n))

class Meters(int):
    def describe(self):
        return f"{int(self)} m"
m = Meters(5)
print(m + 2, m * 3, m.describe(), isinstance(m, int), m == 5)

class Point(tuple):
    def norm1(self):
        return sum(abs(v) for v in self)
p = Point((3, -4))
print(p, p.norm1(), p[0], len(p), p == (3, -4))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise AppError(42, "broken")
except AppError as e:
    print(type(e).__name__, e.code, str(e), e.args)

class Strict(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("keys must be str")
        super().__setitem__(key, value)
d = Strict()
d["a"] = 1
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
print(d)
