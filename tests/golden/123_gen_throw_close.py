# throw() and close(): exceptions inside generators, finally blocks, GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("  processing", x)
            except ValueError as e:
                print("  recovered from", repr(e))
    finally:
        print("  worker cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad value"))
w.send(2)
w.close()
print("closed")
w.close()
try:
    w.send(3)
except StopIteration:
    print("send after close -> StopIteration")
def catcher():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
c = catcher()
next(c)
c.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    yield "a"
    yield "b"
t = thrower()
print(next(t))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(t, "generator is finished"))
def throw_into_fresh():
    yield 1
f = throw_into_fresh()
try:
    f.throw(IndexError("early"))
except IndexError as e:
    print("fresh throw:", e)
print(list(f))
def returns_on_throw():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled"
r = returns_on_throw()
next(r)
try:
    r.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def yields_on_throw():
    while True:
        try:
            yield "normal"
        except Exception as e:
            yield "got " + type(e).__name__
y = yields_on_throw()
print(next(y), y.throw(TypeError), next(y), y.throw(OSError("x")), next(y))
unstarted = thrower()
unstarted.close()
print(list(unstarted))
def finally_order():
    try:
        yield 1
        yield 2
    finally:
        print("  finally runs on close")
fo = finally_order()
for v in fo:
    print("got", v)
    break
fo.close()
print("end")
