# Invalid: global after the name is assigned.
def f():
    x = 1
    global x
