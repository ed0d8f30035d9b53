# Invalid: truncated \x escape.
s = "\x4"
