# Invalid: binary operator with no right operand.
x = 1 +
y = 2
