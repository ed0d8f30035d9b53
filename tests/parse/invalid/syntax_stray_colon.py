# Invalid: a statement ending in a colon.
x = 1:
