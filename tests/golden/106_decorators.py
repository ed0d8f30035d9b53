# Decorators: plain, with arguments, stacked, class-based, preserving attributes by hand.
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b):
    "Add two things."
    return a + b
add(1, 2)
add("x", b="y")
print(add.__name__, add.__doc__)
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hi " + name
print(greet("bob"))
def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("stacked"))
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def marked():
    pass
print(order)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@CountCalls
def square(n):
    return n * n
print(square(3), square(4), square.calls, type(square).__name__)
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def double(x):
    return 2 * x
@register("negate")
def negate(x):
    return -x
print(sorted(registry), [registry[k](7) for k in sorted(registry)])
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def label(n, s):
    return f"{s}#{n}"
print(label(5, "item"))
try:
    label("5", "item")
except TypeError as e:
    print("TypeError:", e)
def decorate_class(cls):
    cls.tagged = True
    return cls
@decorate_class
class Thing:
    pass
print(Thing.tagged)
