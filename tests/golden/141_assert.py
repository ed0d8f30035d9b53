# assert with and without messages.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
print(check(5))
for v in (0, -3):
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args, repr(str(e)))
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e, e.args)
try:
    assert [], []
except AssertionError as e:
    print("empty list message:", repr(str(e)), e.args)
try:
    assert None, None
except AssertionError as e:
    print("None message:", repr(str(e)), e.args)
assert True, "never shown"
assert 1, 1 / 0
assert "non-empty"
calls = []
def side(msg):
    calls.append(msg)
    return msg
assert True, side("not evaluated")
try:
    assert 0, side("evaluated")
except AssertionError as e:
    print(e, calls)
class Validator:
    def __init__(self, lo, hi):
        assert lo <= hi, "bad range %d..%d" % (lo, hi)
        self.lo, self.hi = lo, hi
    def validate(self, v):
        assert self.lo <= v <= self.hi, f"{v} not in [{self.lo}, {self.hi}]"
        return True
val = Validator(1, 10)
for v in (1, 10, 11, 0):
    try:
        print(v, val.validate(v))
    except AssertionError as e:
        print(v, "invalid:", e)
try:
    Validator(5, 1)
except AssertionError as e:
    print("constructor:", e)
print(isinstance(AssertionError(), Exception))
