# Invalid: nonlocal with no enclosing binding.
def f():
    def g():
        nonlocal missing
        missing = 1
