# Invalid: string followed by a number.
x = 'abc' 1
