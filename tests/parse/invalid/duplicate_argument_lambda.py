# Invalid: duplicate lambda parameter.
f = lambda x, x: x
