# Invalid: two underscores in a number.
x = 1__000
