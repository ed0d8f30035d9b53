# Invalid: if without a colon.
x = 1
if x
    pass
