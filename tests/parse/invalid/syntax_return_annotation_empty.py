# Invalid: empty return annotation.
def f() -> :
    pass
