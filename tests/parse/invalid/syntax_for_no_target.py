# Invalid: for with no target.
for in range(3):
    pass
