# Calls and returns on the fast paths (frames entered where `Call` finds the function,
# plain frames returning inside the return instructions) next to the paths they skip.

# Recursion: the result lands where the callable was, at every depth.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])

# Every return instruction: plain, constant, local, fused binary, inside try/finally.
log = []

def r_plain(x):
    y = [x, x]
    return y

def r_const():
    return "c"

def r_local(a, b):
    c = a * b
    return c

def r_binary(a, b):
    return a - b

def r_finally(x):
    try:
        return x + 1
    finally:
        log.append(("finally", x))

def r_none(x):
    x += 1

print(r_plain(3), r_const(), r_local(6, 7), r_binary(10, 4), r_finally(41), r_none(1), log)

# A return value used by an expression that is itself a call argument.
def add3(a, b, c):
    return a + b + c

print(add3(r_binary(9, 2), r_local(2, 3), fib(10)))

# Closures: cells released when the frame retires, still alive in the closure.
def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    return bump

b = counter()
print([b(i) for i in range(5)])

def outer(x):
    def inner(y):
        return x + y

    return inner(1) + inner(2)

print([outer(i) for i in range(4)])

# Returns inside loops and with things on the operand stack.
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    return -1

print(find([5, 6, 7], 7), find([5, 6, 7], 8))

def in_with_loop(n):
    total = 0
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j, total)
            total += 1
    return None

print(in_with_loop(5))

# `__init__` runs inline: its result must be None, the instance comes back.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def __add__(self, o):
        return P(self.x + o.x)

    def __sub__(self, o):
        return NotImplemented

print(P(3).get(), (P(1) + P(2)).get())
try:
    P(1) - P(2)
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)

# Generators called from functions, returning through their consumers.
def gen(n):
    for i in range(n):
        yield i * i
    return "done"

def use_gen(n):
    return sum(gen(n)) + len(list(gen(n)))

print(use_gen(6))

# An exception raised below returns that already happened.
def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1

def catch(n):
    try:
        return boom(n)
    except ValueError as e:
        return str(e)

print(catch(5), catch(0))

# Deep recursion still raises RecursionError, and the interpreter recovers.
def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RecursionError:
    print("RecursionError caught")
print(fib(12))

# Functions of another module (their own globals) calling back into this one.
import _helper_calls

g = 100

def here(x):
    return x + 1

print(_helper_calls.other(here, 4), [_helper_calls.other(here, i) for i in range(3)])
print(_helper_calls.use_g(), g, _helper_calls.twice(_helper_calls.use_g))

# Fused arithmetic and comparisons on ints, floats, bigints and other types.
def arith(a, b):
    return (a + 1, a - b, a * 2, a // 3, a % 3, a < b, a <= 2, a == b, a != b)

print(arith(5, 7))
print(arith(2.5, 1.5))
print(arith(2**62, 2**62))
print(arith(True, False))

def strs(a, b):
    return (a + b, a < b, a * 2)

print(strs("x", "y"))

# Classes called through a module attribute (the receiver slot of a method call is
# empty) and through an instance attribute.
import _helper_calls as hc

print(hc.Pair(1, 2).total(), hc.Pair(y=5, x=1).total(), hc.Empty().ok)

class Holder:
    def __init__(self):
        self.make = hc.Pair

h = Holder()
print(h.make(3, 4).total())
