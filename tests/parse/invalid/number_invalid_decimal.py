# Invalid: letters glued to a number.
x = 1abc
