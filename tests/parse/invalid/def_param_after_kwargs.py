# Invalid: parameter after **kwargs.
def f(**kw, a):
    pass
