# Invalid: continue outside a loop.
def f():
    continue
