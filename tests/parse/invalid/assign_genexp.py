# Invalid: assignment to a generator expression.
(x for x in y) = 1
