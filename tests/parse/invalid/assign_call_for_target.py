# Invalid: a call as a for target.
for f() in range(3):
    pass
