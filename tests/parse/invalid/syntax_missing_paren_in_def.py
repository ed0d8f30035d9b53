# Invalid: def with no parameter list.
def f:
    pass
