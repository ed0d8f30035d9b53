# Invalid: with ... as a literal.
with open('f') as 1:
    pass
