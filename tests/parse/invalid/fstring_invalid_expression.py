# Invalid: syntax error inside an f-string field.
x = 1
s = f"{x +}"
