# `x[i]` with both operands locals runs fused for a builtin list or tuple and an int.
def get(x, i):
    return x[i]


def total(v):
    s = 0
    for j in range(len(v)):
        s = s + v[j]
    return s


print(get([1, 2, 3], 0), get([1, 2, 3], -1), get((4, 5), 1), get("abc", 2), get(b"xy", 0))
print(get({0: "zero", "k": "v"}, 0), get({0: "zero", "k": "v"}, "k"), get(range(5), 3))
print(get([10, 20], True), get([10, 20], False), get([1, 2, 3, 4], slice(1, 3)))
print(total([1.5, 2.5, 3.0]), total((1, 2, 3)), total(list(range(100))))


class L(list):
    def __getitem__(self, i):
        return ("sub", i)


print(get(L([1]), 0))


class M(dict):
    def __missing__(self, k):
        return ("missing", k)


class H(str):
    def __hash__(self):
        return hash("x")


print(get(M(a=1), "a"), get(M(a=1), "b"), get({"x": 1}, H("x")), get({H("y"): 2}, "y"))
try:
    get({"a": 1}, "b")
except KeyError as e:
    print("KeyError", e)
for x, i in (([1], 1), ((), 0), ([1], -2), ([1], 2**70)):
    try:
        get(x, i)
    except IndexError as e:
        print("IndexError", e)
try:
    get([1], "0")
except TypeError as e:
    print("TypeError", e)
try:
    get(None, 0)
except TypeError as e:
    print("TypeError", e)
get([1, 2], 5)
