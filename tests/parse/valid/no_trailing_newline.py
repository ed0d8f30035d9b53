# Valid: the file ends inside an indented block with no trailing newline.
def f():
    for i in range(3):
        if i:
            x = f"{i!r:>3}" + '''tail'''
    return 1  # trailing comment, no newline