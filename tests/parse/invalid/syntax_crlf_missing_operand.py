# Invalid (CRLF endings): operator with no right operand.
x = 1
if x:
    y = x -
