# Invalid: missing comma in a list.
x = [1, 2 3]
