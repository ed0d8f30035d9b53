# Invalid: ')' closing '{'.
d = {'a': 1)
