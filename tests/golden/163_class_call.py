# __call__: callable objects, stateful functions, callable checks.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
triple = Multiplier(3)
print(triple(5), triple(1, 2, 3), triple(2, scale=10), list(map(triple, [1, 2, 3])), callable(triple))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls, c())
class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        result = 0
        for coef in self.coeffs:
            result = result * x + coef
        return result
    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, cf in enumerate(self.coeffs):
            p = n - i
            if cf == 0:
                continue
            terms.append(f"{cf}" + ("" if p == 0 else "x" if p == 1 else f"x^{p}"))
        return " + ".join(terms) or "0"
p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)], Polynomial(), Polynomial()(5))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable), callable(NotCallable()), callable(Multiplier.__call__), callable(print))
class ClassWithCallAttr:
    pass
obj = ClassWithCallAttr()
obj.__call__ = lambda: "instance attribute"
try:
    obj()
except TypeError as e:
    print("TypeError (instance __call__ ignored):", e)
class Dispatcher:
    def __init__(self):
        self.handlers = {}
    def register(self, name):
        def deco(fn):
            self.handlers[name] = fn
            return fn
        return deco
    def __call__(self, name, *args):
        handler = self.handlers.get(name)
        if handler is None:
            return f"no handler for {name!r}"
        return handler(*args)
dispatch = Dispatcher()
@dispatch.register("add")
def _add(a, b):
    return a + b
@dispatch.register("upper")
def _upper(s):
    return s.upper()
print(dispatch("add", 2, 3), dispatch("upper", "abc"), dispatch("nope"))
