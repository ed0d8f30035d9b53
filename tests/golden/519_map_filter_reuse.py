# map and filter keep their function's frame between items (Vm::call_reusing):
# every call must still see fresh locals, and re-entrancy, errors, recursion,
# closures, defaults and non-plain callables must behave as ordinary calls.

def fresh(x):
    # `y` is unbound at the start of every call.
    try:
        print("leaked", y)
    except UnboundLocalError:
        pass
    y = x * 10
    return y

print(list(map(fresh, [1, 2, 3])))

# Re-entrant: the function advances the same map iterator.
m = None
def reenter(x):
    if x == 1:
        inner = next(m)
        return ("outer", x, inner)
    return ("inner", x)

m = map(reenter, [1, 2, 3, 4])
print(list(m))

# Re-entrant filter.
flt = None
def keep(x):
    if x == 0:
        print("nested", next(flt))
    return x % 2 == 0
flt = filter(keep, [0, 1, 2, 3, 4, 5, 6])
print(list(flt))

# An exception in the middle stops the map; it can be resumed afterwards.
def boom(x):
    if x == 3:
        raise ValueError("three")
    return -x
m2 = map(boom, [1, 2, 3, 4, 5])
try:
    print(list(m2))
except ValueError as e:
    print("caught", e)
print(list(m2))

# Recursion through map.
def depth(n):
    if n == 0:
        return 0
    return 1 + sum(map(depth, [n - 1]))
print(depth(50))

# Closures, defaults, builtins, bound methods, classes, lambdas with free variables.
k = 7
print(list(map(lambda v: v + k, range(3))))
def withdef(a, b=100):
    return a + b
print(list(map(withdef, [1, 2])))
print(list(map(withdef, [1, 2], [3, 4])))
print(list(map(str.upper, ["a", "b"])))
print(list(map("x{}".format, [1, 2])))
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v})"
print(list(map(P, [1, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))

# A generator function as the mapped function: each call makes a generator.
def gen(x):
    yield x
    yield x
print([list(g) for g in map(gen, [1, 2])])

# A for loop over map, broken off and resumed.
m3 = map(lambda v: v * v, range(10))
for v in m3:
    if v > 10:
        break
print(v, list(m3))

# Wrong argument count raises TypeError each time.
try:
    list(map(lambda a, b: a, [1, 2]))
except TypeError as e:
    print("TypeError", e)

# Deep recursion inside a mapped function raises RecursionError.
def down(n):
    return list(map(down, [n + 1]))
try:
    down(0)
except RecursionError:
    print("RecursionError")
print(list(map(fresh, [4])))


# A predicate's result is tested for truth whatever it returns.
class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        return self.t


print(list(filter(lambda v: v % 3, range(8))), list(filter(lambda v: v or None, [0, 2, "", "x"])))
print(list(filter(lambda v: Truth(v > 2), range(5))), list(filter(lambda v: [v] * (v % 2), range(5))))
print(list(filter(lambda v: v > 1.5, [1.0, 2.0, 3.5])), list(filter(lambda v: v == 2, [1, 2, 3])))
