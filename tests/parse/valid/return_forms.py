# Valid: return with nothing, a value, a tuple, starred items, and inside nested blocks.
def none():
    return
def value():
    return 1
def tup():
    return 1, 2
def tup_paren():
    return (1, 2)
def starred(a, b):
    return *a, *b
def starred_mix(a):
    return 0, *a, 9
def conditional(x):
    if x:
        return "yes"
    elif x is None:
        return None
    else:
        return "no"
def in_loop(xs):
    for x in xs:
        while True:
            return x
    return None
def in_try():
    try:
        return 1
    except Exception:
        return 2
    finally:
        pass
def expression(a, b):
    return a + b * 2 if a else -b
def lam():
    return lambda: (yield)
def walrus(xs):
    return (n := len(xs))
class C:
    def method(self):
        return self
