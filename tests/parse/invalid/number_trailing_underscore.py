# Invalid: trailing underscore.
x = 100_
