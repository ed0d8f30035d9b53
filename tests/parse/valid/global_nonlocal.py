# Valid: global and nonlocal declarations, single and multiple names.
counter = 0
other = 0
def bump():
    global counter
    counter += 1
def bump_both():
    global counter, other
    counter += 1
    other = counter
def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x
        x += 1
        def innermost():
            nonlocal x, y
            x = y = 0
        innermost()
    inner()
    return x, y
def declares_global_first():
    global created_later
    created_later = 5
class Holder:
    global counter
    counter = 10
def make_counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    return incr
