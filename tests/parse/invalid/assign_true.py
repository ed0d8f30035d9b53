# Invalid: assignment to True.
True = 1
