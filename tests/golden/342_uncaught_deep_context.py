# Three levels of implicit exception context; only the outermost error is the last line.
def level1():
    try:
        return {}["level1-key"]
    except KeyError:
        return level2()
def level2():
    try:
        return [][5]
    except IndexError:
        return level3()
def level3():
    print("all fallbacks exhausted")
    raise RuntimeError("no fallback worked")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print("chain when caught:", chain)
print("calling again without a handler")
level1()
print("not reached")
