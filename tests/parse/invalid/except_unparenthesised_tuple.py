# Invalid: Python 2 style except clause.
try:
    pass
except ValueError, TypeError:
    pass
