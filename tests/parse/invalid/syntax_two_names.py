# Invalid: two names side by side.
x = 1
x y
