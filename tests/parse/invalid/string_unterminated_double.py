# Invalid: unterminated double-quoted string in a call.
print("hello)
