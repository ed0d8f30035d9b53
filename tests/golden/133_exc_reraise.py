# Re-raising: bare raise, raise e, raise in nested handlers, exception attributes preserved.
def level3():
    raise ValueError("original problem")
def level2():
    try:
        level3()
    except ValueError:
        print("  level2 logs and re-raises")
        raise
def level1():
    try:
        level2()
    except ValueError as e:
        print("  level1 got:", e)
        raise e
try:
    level1()
except ValueError as e:
    print("top got:", e, type(e).__name__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise TypeError("unrelated")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("bare raise re-raised the KeyError:", e)
except TypeError:
    print("wrong")
class Tagged(Exception):
    pass
try:
    try:
        raise Tagged("data")
    except Tagged as e:
        e.extra = "attached attribute"
        raise
except Tagged as e:
    print(e, e.extra)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def cleanup_and_reraise():
    resource = ["open"]
    try:
        raise OSError("disk full")
    except OSError:
        resource[0] = "closed"
        raise
    finally:
        print("  resource is", resource[0])
try:
    cleanup_and_reraise()
except OSError as e:
    print("OSError:", e)
def convert():
    try:
        return int("not a number")
    except ValueError as e:
        raise RuntimeError(f"conversion failed: {e}")
try:
    convert()
except RuntimeError as e:
    print(e)
    print("context is ValueError:", isinstance(e.__context__, ValueError))
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
try:
    raise saved
except ZeroDivisionError as e:
    print("raised saved instance again:", e, e is saved)
try:
    raise ValueError
except ValueError as e:
    print("class raised, instance caught:", repr(e), type(e) is ValueError)
