# Invalid: a call as a comprehension target.
r = [x for f() in y]
