# Invalid: missing block after except.
try:
    pass
except ValueError:
pass
