# Invalid: letters after an imaginary literal.
x = 5jx
