# Invalid: missing comma between arguments.
a, b = 1, 2
print(a b)
