# Invalid: '#' in an f-string expression.
s = f"{x#}"
