# Invalid: non-default lambda parameter after a default one.
f = lambda a=1, b: 0
