# Valid: the last line is a comment with no trailing newline.
x = 1
# end