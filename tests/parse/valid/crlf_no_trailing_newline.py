# Valid: CRLF line endings with no newline at end of file, inside a nested block.
def f(x):
    if x:
        return [i for i in range(x)
                if i % 2]
    return None