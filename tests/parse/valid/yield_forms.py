# Valid: yield and yield from in every position: statement, assignment, argument, tuple.
def g0():
    yield
def g1():
    yield 1
def g2():
    yield 1, 2
def g3():
    yield from range(3)
def g4():
    x = yield
    y = yield x
    z = yield from g3()
    return x, y, z
def g5():
    print((yield))
    print((yield 1))
    f = (yield) + 1
    yield *[1, 2], 3
def g6():
    result = yield from (x for x in range(3))
    return result
def g7():
    while True:
        received = yield
        if received is None:
            break
def g8():
    try:
        yield 1
    finally:
        yield 2
def g9():
    x = yield (yield)
    await_ = yield lambda: 0
class WithGen:
    def __iter__(self):
        yield from [1, 2, 3]
def g10():
    a = b = yield 1
    c += yield 2
