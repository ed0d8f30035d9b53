# a <op> b for two instances of one class with a Python __op__ runs the method's frame
# inline: results, NotImplemented, errors, recursion and subclasses as in CPython.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return NotImplemented if o.x == 0 else V(self.x - o.x)

    def __mul__(self, o):
        return self.x * o.x

    def __truediv__(self, o):
        return self.x / o.x

    def __mod__(self, o, extra=1):
        return (self.x % o.x) * extra

    def __lshift__(self, o):
        self = V(-1)  # rebinding the parameter does not change the operands
        return self.x

    def __rsub__(self, o):
        return "rsub should not run for the same class"

    def __repr__(self):
        return f"V({self.x})"


a, b, z = V(7), V(2), V(0)
print(a + b, a - b, a * b, a / b, a << b)
try:
    a % b
except TypeError as e:
    print("TypeError:", e)
try:
    print(a - z)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a / z)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(a & b)
except TypeError as e:
    print("TypeError:", e)

# In expressions, loops and as arguments: operands are consumed exactly once.
acc = V(0)
for i in range(5):
    acc = acc + V(i) + V(1)
print(acc, [(V(i) + V(i)).x for i in range(4)], sum(V(i) * V(2) for i in range(4)))

# A subclass operand on the right tries its reflected method first (not inline).
class W(V):
    def __rsub__(self, o):
        return f"W.__rsub__({o!r})"

print(a - W(1), W(5) - a, W(5) + W(1))

# Different classes, builtins on one side.
class U:
    def __add__(self, o):
        return "U+" + type(o).__name__
    def __radd__(self, o):
        return type(o).__name__ + "+U"
print(U() + U(), U() + 1, 1 + U(), U() + a, a.__add__(V(3)))

# Exceptions inside the method, caught by the caller.
class E:
    def __add__(self, o):
        raise KeyError("inside")
for _ in range(2):
    try:
        E() + E()
    except KeyError as e:
        print("KeyError:", e)

# Unbounded recursion through an operator.
class R:
    def __add__(self, o):
        return self + o
try:
    R() + R()
except RecursionError as e:
    print("RecursionError:", e)

# The method replaced or removed on the class.
V.__mul__ = lambda s, o: "new mul"
print(a * b)
del V.__mul__
try:
    a * b
except TypeError as e:
    print("TypeError:", e)

# Generators and try/finally in the method, and an uncaught error last.
class G:
    def __add__(self, o):
        try:
            return [1, 2]
        finally:
            print("finally in __add__")
print(G() + G())
class Bad:
    def __sub__(self, o):
        return 1 / 0
Bad() - Bad()
