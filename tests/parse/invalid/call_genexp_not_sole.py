# Invalid: unparenthesised generator with other arguments.
f(x for x in y, 1)
