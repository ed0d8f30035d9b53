# Invalid: a line indented deeper than its block.
def f():
    x = 1
        y = 2
    return x
