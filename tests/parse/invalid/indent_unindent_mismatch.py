# Invalid: dedent to a column that matches no block.
def f():
        x = 1
    y = 2
