# Valid: def with every parameter kind: defaults, *args, keyword-only, **kwargs, positional-only.
def f0():
    pass
def f1(a):
    pass
def f2(a, b=1):
    pass
def f3(a, b=1, *args):
    pass
def f4(a, *args, k, m=2, **kwargs):
    pass
def f5(*, k):
    pass
def f6(*, k=1, m):
    pass
def f7(**kwargs):
    pass
def f8(a, b, /):
    pass
def f9(a, b=2, /, c=3):
    pass
def f10(a, /, b, *, c):
    pass
def f11(a, b=1, /, c=2, *d, e, f=3, **g):
    pass
def f12(a,):
    pass
def f13(a, *args,):
    pass
def f14(a, **kw,):
    pass
def f15(*args, **kwargs):
    pass
def f16(
    first,
    second=None,
    /,
    third=(1, 2),
    *rest,
    key: int = 0,
    **options,
):
    pass
def f17(a=lambda: 0, b=[1, 2], c={"k": 1}, d=-1, e=not True):
    pass
def f18(a, /):
    pass
def f19(a=1, /):
    pass
def f20(*, a, b, c=3, d):
    pass
