# Invalid: backslash in an f-string expression.
s = f"{'\n'.join(['a'])}"
