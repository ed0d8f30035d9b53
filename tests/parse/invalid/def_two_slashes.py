# Invalid: two / markers.
def f(a, /, b, /):
    pass
