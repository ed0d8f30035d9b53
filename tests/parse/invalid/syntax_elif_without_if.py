# Invalid: elif with no if.
x = 1
elif x:
    pass
