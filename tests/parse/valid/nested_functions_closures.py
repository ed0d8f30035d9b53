# Valid: nested functions and classes, closures, recursion, decorators built from closures.
def make_adder(n):
    def add(x):
        return x + n
    return add
def counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def outer():
    class Local:
        def method(self):
            def deepest():
                return self
            return deepest
    return Local().method()()
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = make_adder(1)
step = counter()
print(inc(1), step(), step(2), fib(20), compose(inc, inc)(0))
