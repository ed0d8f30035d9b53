# Invalid: unknown f-string conversion.
x = 1
s = f"{x!z}"
