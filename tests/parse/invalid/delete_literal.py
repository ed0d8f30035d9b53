# Invalid: del of a literal.
del 1
