# StopIteration semantics: values, iterator protocol, PEP 479 conversion.
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, "args", e.args, repr(e))
e = StopIteration()
print(e.value, e.args, StopIteration(1, 2).value, StopIteration("x").args)
def bad():
    yield 1
    raise StopIteration("inside")
try:
    print(list(bad()))
except RuntimeError as err:
    print("RuntimeError:", err, "| cause:", repr(err.__cause__))
def leaks_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_next())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), list(Countdown(0)))
c = Countdown(2)
print(next(c), next(c), next(c, "default"))
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, None))
try:
    next(it2)
except StopIteration as e:
    print("list iterator exhausted, value =", e.value)
def early_return(flag):
    if flag:
        return "early"
    yield "never"
try:
    next(early_return(True))
except StopIteration as e:
    print("early return value:", e.value)
print(isinstance(StopIteration(), Exception), issubclass(StopIteration, Exception))
