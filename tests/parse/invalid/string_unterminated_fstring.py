# Invalid: unterminated f-string.
name = 'x'
s = f"hello {name}
