# The format() builtin with objects, and repr/str/len on builtin types.
print(format(3.14159, ".3f"), format(42, "08b"), format("hi", "^6"), format(0.25, "%"), format(10**6, ","))
print(repr(1), repr(1.0), repr("1"), repr(b"1"), repr([1]), repr((1,)), repr({1}), repr({1: 1}), repr(None), repr(range(1)))
print(len("four"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"xy"), len(""))
class L:
    def __len__(self):
        return 3
print(len(L()), len(dict.fromkeys(range(7))), len(frozenset("hello")), len(str(2**100)))
print(str(123).zfill(6), repr(repr("q")), str(-0.0), repr(float("inf")), str([1.0, "a"]))
print(isinstance(format(1), str), format([1, 2]), format(None), format(True), format(1.0))
