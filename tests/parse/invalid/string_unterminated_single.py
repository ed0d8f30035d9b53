# Invalid: unterminated single-quoted string.
x = 1
s = 'abc
y = 2
