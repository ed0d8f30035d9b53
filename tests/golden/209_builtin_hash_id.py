# hash of ints and tuples of ints; id comparisons (never printing the values).
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(10**20), hash(2**64), hash(-(2**64)), hash(True), hash(False))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
print(hash((1, 2)), hash(()), hash((0,)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(2**100) == hash(2**100))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), isinstance(id(a), int), id(None) == id(None))
x = "some string"
y = x
print(id(x) == id(y), x is y)
def f():
    pass
print(id(f) == id(f), id(f.__name__) == id(f.__name__))
ids = {id(o) for o in (a, b, c)}
print(len(ids))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1: 2})
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
