# Invalid: '{' never closed.
d = {
    'a': 1,
    'b': 2,
