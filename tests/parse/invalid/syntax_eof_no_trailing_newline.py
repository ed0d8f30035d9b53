# Invalid: dangling operator on the last line, no trailing newline.
x = 1
y = x *