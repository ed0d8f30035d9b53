# Invalid: '[' never closed.
items = [1, 2,
         3
