# Closures capture variables, not values; cells are shared.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc2, get2 = make_counter()
print(inc(), inc(), inc(), get(), inc2(), get2(), get())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    f = middle()
    x = "changed"
    return f
print(outer()())
def adder(n):
    def add(m):
        return n + m
    return add
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(0)(0), add5.__name__)
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5), compose()(7), compose(str, abs, inc1)(-10))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(late_binding())
print(make_counter.__name__, inc.__name__, type(inc).__name__)
