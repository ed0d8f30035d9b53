# Invalid: unmatched ')'.
x = 1)
