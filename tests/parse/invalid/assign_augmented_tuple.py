# Invalid: augmented assignment to a tuple.
a, b += 1
