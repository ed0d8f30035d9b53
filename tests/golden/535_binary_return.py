# `return a <op> b` runs as one fused instruction for ints and floats; other operands,
# overflow and errors fall back to the plain operation, then the return.
def add(a, b):
    return a + b


def mul_const(x):
    return x * 3


def big(a):
    return a * a


def gen(a, b):
    yield a
    return a - b


print(add(1, 2), add(1.5, 2), add("a", "b"), add([1], [2]), add((1,), (2,)))
print(mul_const(4), mul_const(2.5), mul_const("ab"), mul_const([0]))
print(big(2**40), big(2**62), big(-(2**63)), add(2**63 - 1, 1))
print(list(map(lambda x: x % 7, range(10))), list(map(lambda x: x / 2, [1, 3])))
g = gen(5, 2)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), [fib(i) for i in range(10)])


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __repr__(self):
        return f"V({self.v})"


print(add(V(1), V(2)))
for a, b in ((1, "x"), (None, 1), (1, 0)):
    try:
        print(add(a, b) if b != 0 else 1 // b)
    except TypeError as e:
        print("TypeError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def div(a, b):
    return a / b


try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(div(7, 2), div(1.0, 4))
add(1, None)
