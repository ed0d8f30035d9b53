# Invalid: block header on the last line, no newline.
def f():
    if True: