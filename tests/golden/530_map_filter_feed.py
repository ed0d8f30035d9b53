# list(map(f, xs)) and list(filter(f, xs)) run f's frame once, restarted per item
# (Vm::feed_collect): results, exceptions inside and outside f, re-entrancy, recursion.
print(list(map(lambda x: x * 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
print(tuple(map(lambda x: [x], "abc")))
def f(x):
    for i in range(3):
        if i == x:
            return i
    return -1
print(list(map(f, [0, 1, 5, 2])))
def g(x):
    try:
        return 1 // x
    except ZeroDivisionError:
        return "z"
print(list(map(g, [1, 0, 2])))
m = map(lambda x: 10 // x, [1, 2, 0, 5])
try:
    list(m)
except ZeroDivisionError as e:
    print("err", e)
print(list(m))
def gen():
    yield 1
    yield 2
    raise ValueError("boom")
try:
    list(map(lambda x: x, gen()))
except ValueError as e:
    print("gen err", e)
class B:
    def __init__(s, v): s.v = v
    def __bool__(s):
        if s.v == 3: raise KeyError("b")
        return s.v > 1
print([b.v for b in filter(lambda b: b, [B(0), B(2)])])
print(list(filter(lambda b: B(b), [0, 1, 2, 4])))
try:
    list(filter(lambda b: B(b), [0, 1, 3, 4]))
except KeyError as e:
    print("keyerr", e)
# nested
print(list(map(lambda x: list(map(lambda y: x * y, range(3))), range(3))))
# reentrant next on same map
it = map(lambda x: (x, next(it, None)), range(6))
print(list(it))
def rec(n):
    return list(map(rec, range(n)))
print(rec(4))
import sys
sys.setrecursionlimit(60)
def deep(x):
    return list(map(deep, [x + 1]))
try:
    deep(0)
except RecursionError as e:
    print("rec", e)
print(list(filter(lambda x: x, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda x, y=2: x * y, [1, 2])))
print(sorted(map(lambda x: -x, [3, 1, 2])))
print(list(filter(lambda x: x > 2, map(lambda x: x * x, range(5)))))
sys.setrecursionlimit(1000)
# f rebinds its argument and leaves values on the stack (a for loop) when it returns
def h(x):
    x = x * 3
    for c in "ab":
        return x, c
print(list(map(h, range(3))))
print(list(filter(h, range(3))))
# the frame is kept for a later run of the same map object
m = map(lambda x: x + 1, iter([1, 2, 3]))
print(next(m), list(m), list(m))
def bad(x):
    return x.nope
print(list(map(bad, [1])))
