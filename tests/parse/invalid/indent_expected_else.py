# Invalid: missing block after else.
if True:
    pass
else:
pass
