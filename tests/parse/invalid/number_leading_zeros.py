# Invalid: leading zeros in a decimal literal.
x = 0777
