# Invalid: missing block after if.
x = 1
if x:
pass
