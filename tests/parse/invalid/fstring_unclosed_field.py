# Invalid: f-string field never closed.
x = 1
s = f"{x"
