# Invalid: conditional expression with no else.
x = 1 if True
