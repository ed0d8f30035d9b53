# Invalid: stray closing token in a def header.
def f(a, b]:
    pass
