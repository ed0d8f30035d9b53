# Invalid: two commas in a row.
x = (1, 2,, 3)
