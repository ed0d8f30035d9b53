# A generator dropped while suspended inside try/finally or with is closed, as
# CPython's finaliser does: its cleanup runs before the next statement's call. (An
# exception there is reported as ignored on stderr; that is not checked here, as
# CPython's report includes an object address.)
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in g("break"):
    break
print("after break")

it = g("del")
next(it)
del it
print("after del")

def f():
    it = g("local")
    next(it)
    return 5
print("f", f())

def noh():
    yield 1
    print("never")
x = noh(); next(x); del x
print("no handler, nothing")

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)

def w():
    with CM():
        yield 1
it = w(); next(it); it = None
print("after with")

for x in g("last"):
    break
