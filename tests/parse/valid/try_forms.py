# Valid: try with except (bare, typed, tuple, `as`), else and finally in every combination.
def risky():
    return 1
try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
try:
    risky()
except ValueError as e:
    print(e)
except (TypeError, KeyError) as e:
    print(e)
except (OSError):
    pass
except Exception:
    raise
try:
    risky()
except ValueError:
    pass
else:
    print("no error")
try:
    risky()
finally:
    print("cleanup")
try:
    risky()
except ValueError:
    pass
else:
    pass
finally:
    pass
try:
    try:
        risky()
    except ZeroDivisionError:
        raise
    finally:
        pass
except ArithmeticError as err:
    message = str(err)
errors = (ValueError, TypeError)
try:
    risky()
except errors:
    pass
except getattr(__builtins__, "KeyError", KeyError):
    pass
try: risky()
except: pass
else: pass
finally: pass
