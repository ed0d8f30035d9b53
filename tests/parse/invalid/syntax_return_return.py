# Invalid: return return.
def f():
    return return
