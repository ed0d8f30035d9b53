# Invalid: del of an operator expression.
del a + b
