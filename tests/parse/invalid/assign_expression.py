# Invalid: assignment to an operator expression.
x + 1 = 2
