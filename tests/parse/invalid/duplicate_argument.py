# Invalid: duplicate parameter name.
def f(a, b, a):
    pass
