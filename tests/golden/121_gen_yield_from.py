# yield from: delegation, return value, nested, from iterables.
def inner():
    yield 1
    yield 2
    return "inner-result"
def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield 3
    return "outer-result"
print(list(outer()))
g = outer()
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)), {"k": 0})))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]], []])))
def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    yield depth
    right = yield from tree(depth - 1)
    return left + right
t = tree(3)
values = []
try:
    while True:
        values.append(next(t))
except StopIteration as e:
    print(values, "leaves:", e.value)
def delegator():
    r = yield from []
    print("  empty delegation returned", r)
    r2 = yield from range(2)
    print("  range delegation returned", r2)
print(list(delegator()))
def echo():
    while True:
        received = yield
        if received is None:
            return "closed"
        print("  echo:", received)
def wrapper():
    r = yield from echo()
    yield "wrapper saw " + r
w = wrapper()
next(w)
w.send("hello")
w.send("world")
print(w.send(None))
def count_down(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
def launcher():
    msg = yield from count_down(3)
    yield msg
print(list(launcher()))
