# Invalid: a tab-indented line inside a space-indented block.
def f():
    if True:
        a = 1
	b = 2
