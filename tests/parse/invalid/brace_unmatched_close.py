# Invalid: unmatched '}'.
def f():
    return }
