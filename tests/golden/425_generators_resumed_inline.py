# `for` over a generator resumes the generator's frame inside the consumer's dispatch
# loop. Everything observable must stay as in CPython: values, exceptions and their
# context, exception state inside the generator, finally blocks, re-entrancy, mixing
# next() with for, yield from, and recursion limits.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def squares(g):
    for v in g:
        yield v * v


print(list(squares(count(5))), sum(v for v in squares(count(100))))

# Generators calling functions (inline frames on the generator's own stack).
def helper(x):
    return [x, x + 1]


def calls():
    for i in range(3):
        a, b = helper(i)
        yield a + b


print([v for v in calls()])


# An exception raised inside the generator reaches the loop, with the generator done.
def boom():
    yield 1
    raise ValueError("inside")


g = boom()
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught", e, next(g, "exhausted"))


# StopIteration raised inside becomes RuntimeError, chained.
def stops():
    yield 1
    raise StopIteration("early")


try:
    for v in stops():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


# Exception state: the consumer's exception is visible inside the generator, and the
# generator's own handled exception is kept across yields.
def sees_exc():
    yield sys.exc_info()[0]
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    print([t.__name__ if t else None for t in sees_exc()])
print(sys.exc_info())


# Leaving the loop early leaves the generator suspended; finally runs on close().
def guarded():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally ran")


g = guarded()
for v in g:
    if v == 2:
        break
print("after break", next(g))
g.close()
print("closed")


# Mixing next() and for, and the return value through next().
g = count(4)
print(next(g))
for v in g:
    print("for", v)
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value))
g = count(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)


# yield from inside a generator resumed inline.
def outer():
    r = yield from count(3)
    yield r


print(list(outer()))


# A generator iterating itself.
def selfish():
    yield 1
    for v in me:
        yield v


me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError", e)


# Exceptions caught inside the generator while it runs inline.
def tolerant():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            pass
        try:
            1 // x
        except ZeroDivisionError:
            yield "div0"


print(list(tolerant()))


# locals() and a generator method.
class Bag:
    def __init__(self, items):
        self.items = items

    def each(self):
        for it in self.items:
            seen = it
            yield it, sorted(locals())


for pair in Bag(["a", "b"]).each():
    print(pair)


# Deeply nested generators hit the recursion limit cleanly.
def nest(n):
    if n == 0:
        yield 0
    else:
        for v in nest(n - 1):
            yield v + 1


print(list(nest(50)))
try:
    for v in nest(5000):
        pass
except RecursionError:
    print("RecursionError")


# An error in the generator ends the program with its traceback.
def final():
    yield 1
    {}["missing"]


for v in final():
    print("final", v)
