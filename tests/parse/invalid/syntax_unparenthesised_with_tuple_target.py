# Invalid: comprehension target that is a call.
r = [x for f() in y]
