# Invalid: try block at end of file with no handler.
try:
    x = 1
