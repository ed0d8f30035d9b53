# Invalid: def without a colon.
def f(a, b)
    return a
