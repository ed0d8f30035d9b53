# Invalid: exponent with no digits.
x = 1e
