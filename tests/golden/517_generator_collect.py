# list(gen), tuple(gen), sorted(gen) and str.join(gen) run the generator in one go
# (generator::gen_collect); everything the program can observe must stay as if it
# were resumed once per item: prints, yield from, errors, exc_info, finally blocks.
import sys
def g(n):
    for i in range(n):
        print("produce", i)
        x = yield i
        print("got", x)
    return "done"
print(list(g(3)))
print(tuple(g(2)))
print(sorted(g(3), reverse=True))
print("-".join(str(v) for v in range(5)))
print(list(x * 2 for x in range(4)))
def sub():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from sub()
    yield r
    yield from [7, 8]
    yield 9
print(list(outer()))
def nested():
    yield list(g(2))
    yield tuple(i for i in "ab")
print(list(nested()))
def boom():
    yield 1
    raise ValueError("boom")
try:
    list(boom())
except ValueError as e:
    print("VE", e)
gen = g(4)
print(next(gen))
print(list(gen))
print(list(gen))
def selfref():
    yield list(me)
me = selfref()
try:
    list(me)
except ValueError as e:
    print("VE2", e)
def handled():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(handled()))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
print(list(fin()))
def inner_for():
    for v in sub():
        yield v * 10
print(list(inner_for()))
print(set(g(2)), dict((k, k) for k in range(3)))
def inf():
    i = 0
    while True:
        yield i
        i += 1
        if i > 100000:
            raise RuntimeError("stop")
try:
    a, *b = inf()
except RuntimeError as e:
    print("RE", e)
a, *b, c = iter(range(10))
print(a, b, c)
first, *rest = (x * x for x in range(5))
print(first, rest)
