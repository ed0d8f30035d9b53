# *args and **kwargs, unpacking at the call site, ordering.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, "x", key=None))
print(show(*[1, 2], *(3,), **{"k": "v"}, z=0))
print(show(*"ab", **dict(c=3)))
def full(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(full(1, c=3))
print(full(1, 5, 6, 7, c=8, e=9))
print(full(*range(4), c=0, **{"d": 1, "x": 2}))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)), total(1.5, 2.5, start=10))
def kwargs_order(**kw):
    return list(kw.items())
print(kwargs_order(z=1, a=2, m=3))
def forward(*args, **kwargs):
    return total(*args, **kwargs)
print(forward(4, 5, start=100))
def first_and_rest(first, *rest):
    return first, rest
print(first_and_rest(1), first_and_rest(1, 2, 3), first_and_rest(*"xyz"))
def mutate_args(*args):
    args = list(args)
    args.append("extra")
    return args
print(mutate_args(1, 2), type(show.__name__).__name__)
def kwonly_after_varargs(*items, sep="-"):
    return sep.join(str(i) for i in items)
print(kwonly_after_varargs(1, 2, 3), kwonly_after_varargs(1, 2, sep="+"), repr(kwonly_after_varargs()))
d = {"a": 1, "b": 2}
def takes_ab(a, b):
    return a * 10 + b
print(takes_ab(**d), takes_ab(*d), takes_ab(*d.values()))
