# A `yield` statement discards the value sent in; a `yield` expression receives it.
# Resumed by for loops, next(), send(), throw(), close() and list().
def stmt():
    yield 1
    yield 2
    return 3


def expr():
    got = []
    x = yield "a"
    got.append(x)
    x = yield "b"
    got.append(x)
    yield got


print(list(stmt()), [v for v in stmt()])
g = stmt()
print(next(g), g.send("ignored"))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

g = expr()
print(next(g), g.send(10), g.send(20))
g = expr()
print(list(g))


def guarded():
    try:
        yield "in try"
        yield "unreached"
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("finally runs")


g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()

g = guarded()
print(next(g))
g.close()


def mixed(n):
    total = 0
    for i in range(n):
        if i % 2:
            yield i
        else:
            total += (yield -i) or 0
    yield total


g = mixed(6)
out = [next(g)]
while True:
    try:
        out.append(g.send(100))
    except StopIteration:
        break
print(out, list(mixed(6)), sum(mixed(7)))


def chain():
    yield from stmt()
    yield "after"


print(list(chain()), tuple(x for x in chain()))

# Generators collected by list()/tuple()/join run on without suspending.
print("".join(str(x) for x in range(5)), list(mixed(3)))


def fails():
    yield 1
    raise KeyError("k")


g = fails()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)

g = stmt()
next(g)
g.throw(RuntimeError("thrown at a yield statement"))
