# Invalid: single '}' in an f-string.
s = f"}"
