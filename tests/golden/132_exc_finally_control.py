# finally interacting with return, break and continue.
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally runs before return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise ValueError("swallowed")
    finally:
        return "exception discarded"
print(finally_swallows())
def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("  x changed to", x)
print(return_value_evaluated_first())
def mutable_return():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(mutable_return())
def break_in_try():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(break_in_try())
def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(continue_in_try())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "loop exited, exception discarded at i=%d" % i
print(break_in_finally())
def while_with_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n == 3:
                return log
            log.append(n)
        finally:
            log.append("fin")
print(while_with_finally())
def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_returns())
def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("  finally after except-return")
print(except_return_finally())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in generator_finally():
    print("gen", v)
