# Invalid: else without a colon.
if True:
    pass
else
    pass
