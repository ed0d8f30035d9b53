# Invalid: '(' never closed at end of file, no newline.
print(1, 2