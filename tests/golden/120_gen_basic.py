# Generator functions: laziness, state, exhaustion, multiple generators.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  done")
g = count_up(3)
print(type(g).__name__)
print("created")
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def squares():
    for i in range(5):
        yield i * i
print(list(squares()), sum(squares()), max(squares()), list(zip(squares(), "abc")))
a = squares()
b = squares()
print(next(a), next(a), next(b), next(a), next(b))
def gen_with_return():
    yield 1
    return "result"
print(list(gen_with_return()))
def empty():
    return
    yield
print(list(empty()), next(empty(), "none"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def chars(s):
    for ch in s:
        if ch == " ":
            continue
        if ch == "!":
            break
        yield ch.upper()
print("".join(chars("hi there! ignored")))
it = iter(squares())
print(it is iter(it), iter(g) is g)
def yield_expr_value():
    x = yield "first"
    print("  received", x)
    yield "second"
ye = yield_expr_value()
print(next(ye), next(ye))
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i == j:
                yield (i, j)
print(list(nested_loops()))
print(list(x for x in squares() if x % 2 == 0))
