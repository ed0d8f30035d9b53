# Invalid: positional argument after keyword argument.
f(a=1, b)
