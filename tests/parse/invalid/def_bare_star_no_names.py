# Invalid: bare * with nothing after it.
def f(*):
    pass
