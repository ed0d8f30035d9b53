# All combinations of try/except/else/finally and their execution order.
def run(raise_what):
    log = []
    try:
        log.append("try")
        if raise_what:
            raise raise_what("boom")
        log.append("try-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(None))
print(run(ValueError))
try:
    run(TypeError)
except TypeError as e:
    print("propagated", e)
def try_finally(fail):
    out = []
    try:
        try:
            out.append("body")
            if fail:
                1 / 0
        finally:
            out.append("cleanup")
    except ZeroDivisionError:
        out.append("handled outside")
    return out
print(try_finally(False), try_finally(True))
def else_raises():
    try:
        pass
    except Exception:
        return "except"
    else:
        raise KeyError("from else")
    finally:
        print("  finally after else raise")
try:
    else_raises()
except KeyError as e:
    print("KeyError", e)
def except_raises():
    try:
        raise ValueError("orig")
    except ValueError:
        raise TypeError("in handler")
    finally:
        print("  finally after handler raise")
try:
    except_raises()
except TypeError as e:
    print("TypeError", e, "context", repr(e.__context__))
def finally_raises():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("finally wins")
try:
    finally_raises()
except KeyError as e:
    print("KeyError", e, "context", repr(e.__context__))
except ValueError:
    print("not reached")
def nested_finally():
    out = []
    try:
        try:
            try:
                raise IndexError("deep")
            finally:
                out.append("f1")
        finally:
            out.append("f2")
    except IndexError:
        out.append("caught")
    finally:
        out.append("f3")
    return out
print(nested_finally())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
def only_else():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x += 10
    return x
print(only_else())
