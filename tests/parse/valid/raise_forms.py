# Valid: raise with no operand, an instance, a class, `from` a cause and `from None`.
class MyError(Exception):
    pass
def f(kind):
    if kind == 0:
        raise
    if kind == 1:
        raise MyError
    if kind == 2:
        raise MyError("message")
    if kind == 3:
        raise MyError("wrapped") from ValueError("cause")
    if kind == 4:
        raise MyError("quiet") from None
    if kind == 5:
        raise (MyError)
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("bad") from e
    except Exception:
        raise
def g():
    raise ValueError("a", 1, 2) from (None)
def h(errors):
    raise errors[0] from errors[1] if errors else None
