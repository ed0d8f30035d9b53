# Invalid: unterminated string at end of file, no newline.
x = "abc