# Invalid: '!' with no conversion.
x = 1
s = f"{x!}"
