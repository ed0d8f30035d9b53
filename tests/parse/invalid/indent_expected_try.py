# Invalid: missing block after try.
try:
x = 1
except:
    pass
