# Invalid: unterminated triple-quoted string.
x = 1
s = """abc
def

ghi
