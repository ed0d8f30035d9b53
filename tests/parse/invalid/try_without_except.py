# Invalid: try with no except or finally.
try:
    x = 1
y = 2
