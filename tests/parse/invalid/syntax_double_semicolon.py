# Invalid: empty statement between semicolons.
a = 1; ; b = 2
