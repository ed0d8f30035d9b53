# Invalid: raise ... from with no cause.
def f():
    raise ValueError from
