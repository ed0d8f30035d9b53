# Invalid: a non-breaking space between tokens.
x = 1
