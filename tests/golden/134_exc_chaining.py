# Exception chaining: __cause__, __context__, __suppress_context__.
def show(e):
    print(type(e).__name__, repr(str(e)))
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)
try:
    raise ValueError("cause without context") from KeyError("kc")
except ValueError as e:
    show(e)
try:
    raise RuntimeError("cause is class") from TypeError
except RuntimeError as e:
    show(e)
try:
    try:
        try:
            raise OSError("one")
        except OSError:
            raise KeyError("two")
    except KeyError:
        raise IndexError("three")
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("bad cause") from 5
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v from v
except ValueError as e:
    print("self-cause:", e.__cause__ is e)
