# Functions as values: map/filter/reduce by hand, callbacks, dispatch tables, partial application.
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda n: n * 3, nums), my_filter(lambda n: n % 4 == 0, nums), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []), my_reduce(max, [3, 9, 2], float("-inf")))
def partial(fn, *bound, **kbound):
    def call(*args, **kwargs):
        merged = dict(kbound)
        merged.update(kwargs)
        return fn(*bound, *args, **merged)
    return call
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), partial(print, "prefix:", sep="|")("a", "b"))
def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.strip, 1, "  x  "), apply_n(lambda s: s + "!", 3, "hey"))
handlers = {}
def on(event):
    def deco(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return deco
@on("start")
def h1(data):
    return f"h1 got {data}"
@on("start")
def h2(data):
    return f"h2 got {data!r}"
@on("stop")
def h3(data):
    return "stopping"
for ev in ["start", "stop", "unknown"]:
    print(ev, [h(ev.upper()) for h in handlers.get(ev, [])])
def pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), lambda s: s[:10])
print([clean(s) for s in ["  Hello World  ", "ABC", " Many Spaces Here Now "]])
print(sorted(["b", "C", "a"], key=str.casefold), list(map(len, ["", "a", "ab"])), list(map(pow, [2, 3], [5, 2])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), max(["x", "yyy", "zz"], key=len))
