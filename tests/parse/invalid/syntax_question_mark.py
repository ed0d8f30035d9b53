# Invalid: `?` is not an operator.
x = 1
y = x ? 2 : 3
