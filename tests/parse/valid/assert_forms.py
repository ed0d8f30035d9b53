# Valid: assert with and without a message, with complex expressions.
x = 5
assert x
assert x == 5
assert x > 0, "x must be positive"
assert isinstance(x, int), f"expected int, got {type(x).__name__}"
assert x in (1, 2, 3, 4, 5), ("tuple message", x)
assert not (x < 0)
assert (x
        == 5), "multi-line"
assert all(i >= 0 for i in range(x)), "generator"
assert x if x else True
assert lambda: 0
def check(v):
    assert v is not None, "v required"
    return v
