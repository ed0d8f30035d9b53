# Lambdas: expressions, defaults, closures, immediate calls, in data structures.
square = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: "nothing"
varargs = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), noargs(), varargs(1, x=2), (lambda: 5)(), (lambda x, y: x - y)(10, 3))
print(square.__name__, type(square).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
       "//": lambda a, b: a // b, "**": lambda a, b: a ** b}
for sym in ops:
    print(sym, ops[sym](17, 5))
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]), max(pairs, key=lambda p: len(p[1])))
print(list(map(lambda x: x ** 2, range(6))), list(filter(lambda x: x % 3 == 0, range(20))))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(5)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
y_comb = (lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v))))
fib = y_comb(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(15)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders])
print((lambda *args: sum(args))(1, 2, 3, 4), (lambda **kw: sorted(kw))(b=1, a=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  shout  "), compose(len, str)(12345))
key_fns = [str.lower, len, lambda s: s[-1], lambda s: (len(s), s)]
words = ["Banana", "apple", "Cherry", "fig", "date"]
for kf in key_fns:
    print(sorted(words, key=kf))
