# Invalid: `else if` is not `elif`.
x = 1
if x:
    pass
else if x > 1:
    pass
