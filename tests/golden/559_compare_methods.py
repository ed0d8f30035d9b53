# Comparisons of two instances of one class: user methods, NotImplemented going on to
# the reflected method, identity or the TypeError, errors and recursion inside them.
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return NotImplemented
    def __repr__(self):
        return f"P({self.v})"

a, b = P(1), P(2)
print(a < b, b < a, a == P(1), a != P(1), a != b, a > b, b > a)
print(sorted([P(3), P(1), P(2)]), max([P(3), P(5)]), [x for x in [P(1), P(4)] if x < P(3)])

class Q:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return NotImplemented
    def __ge__(self, o):
        return "ge-result"
    def __eq__(self, o):
        return NotImplemented
q1, q2 = Q(1), Q(2)
print(q1 <= q2, q1 == q2, q1 == q1, q1 != q2)
try:
    q1 < q2
except TypeError as e:
    print("TypeError", e)

class R:
    def __lt__(self, o):
        raise ValueError("no order")
try:
    R() < R()
except ValueError as e:
    print("ValueError", e)

class S:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v
print(bool(S(0) < S(1)), S([1]) < S(2), "yes" if S(5) < S(1) else "no")

class T(P):
    def __gt__(self, o):
        return "T.__gt__"
print(P(1) < T(2), T(1) < T(2))

def deep(n):
    class D:
        def __lt__(self, o):
            return deep(n - 1) if n else True
    return D() < D()
print(deep(50))
try:
    class E:
        def __lt__(self, o):
            return self < o
    E() < E()
except RecursionError:
    print("RecursionError")
