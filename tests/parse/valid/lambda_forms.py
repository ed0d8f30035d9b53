# Valid: lambda with every parameter form, nested lambdas, lambdas in all expression positions.
f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args: args
f4 = lambda **kw: kw
f5 = lambda *args, **kw: (args, kw)
f6 = lambda a, /, b, *, c: a + b + c
f7 = lambda a=1, /, b=2, *c, d, e=3, **f: 0
f8 = lambda *, k: k
f9 = lambda x: lambda y: lambda z: x + y + z
f10 = lambda x: x if x else None
f11 = lambda x: (yield x)
f12 = lambda: (lambda: 1)()
f13 = (lambda x,: x)
f14 = lambda x: [i for i in range(x)]
sort_key = sorted([3, 1, 2], key=lambda v: -v)
table = {"add": lambda a, b: a + b, "neg": lambda a: -a}
pick = (lambda: 1) if f0 else (lambda: 2)
funcs = [lambda i=i: i for i in range(3)]
cond = lambda: 1 if True else lambda: 2
chained = lambda a: a or not a and a
walrus = lambda: (n := 1)
