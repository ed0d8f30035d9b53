# Invalid: unmatched ']'.
x = 1
y = x]
