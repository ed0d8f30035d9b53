# Inline caches and fused instructions must keep the unoptimised semantics.


# Fused LoadFast pairs: an unbound second local reports the right name and line.
def pair(flag):
    if flag:
        b = 2
    a = 1
    return a + b

try:
    pair(False)
except UnboundLocalError as e:
    print("unbound:", e)

def store_then_load(flag):
    x = 1
    if flag:
        y = 2
    z = x
    return z, y

try:
    store_then_load(False)
except UnboundLocalError as e:
    print("unbound:", e)

# list/tuple subscripts: negative indices, out of range, subclasses with __getitem__.
xs = [10, 20, 30]
t = (1, 2, 3)
print(xs[-1], xs[0], t[-3], t[2])
for bad in (3, -4):
    try:
        xs[bad]
    except IndexError as e:
        print("IndexError:", e)
    try:
        t[bad]
    except IndexError as e:
        print("IndexError:", e)
xs[-1] = 99
xs[0] = xs[1] + 1
print(xs)
try:
    xs[5] = 0
except IndexError as e:
    print("IndexError:", e)

class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("set", i, v)

l = L([1, 2])
print(l[0], l[-1])
l[0] = 5
print(list(l))

# Attribute stores on fresh instances, then a property added to the class later.
class P:
    def __init__(self, v):
        self.v = v

ps = [P(i) for i in range(3)]
print([p.v for p in ps])

def setter(self, val):
    self.__dict__["v"] = val * 100

P.v = property(lambda self: self.__dict__["v"], setter)
q = P(7)
print(q.v, q.__dict__)

# Method cache: an instance attribute shadows the method; the class method changes.
class M:
    def hello(self):
        return "class hello"

m = M()
def call_hello(o):
    return o.hello()

print(call_hello(m))
m.hello = lambda: "instance hello"
print(call_hello(m))
del m.hello
print(call_hello(m))
M.hello = lambda self: "patched hello"
print(call_hello(m))

# Classes made in a loop (possibly at a reused address) with different shapes.
def make(i):
    if i % 2:
        class C:
            @property
            def x(self):
                return "prop"
            @x.setter
            def x(self, v):
                pass
    else:
        class C:
            pass
    c = C()
    c.x = i
    return c.x

print([make(i) for i in range(6)])

# Methods of builtin types through the cache, with different receivers.
words = ["a", "b"]
for sep in (",", "-", b"+"):
    if isinstance(sep, bytes):
        print(sep.join([b"x", b"y"]))
    else:
        print(sep.join(words))
