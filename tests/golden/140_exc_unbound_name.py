# NameError and UnboundLocalError in various positions.
def f1():
    x += 1
def f2():
    print(y)
    y = 2
def f3():
    return undefined_thing
def f4():
    del z
def f5(flag):
    if flag:
        v = 1
    return v
def f6():
    for i in []:
        pass
    return i
def f7():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
class C:
    def m(self):
        return missing_global_name
g = "global"
def f8():
    print(g)
    g = "local"
for fn in [f1, f2, f3, f4, lambda: f5(False), f6, f7, lambda: C().m(), f8]:
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, NameError))
print(f5(True))
try:
    print(never_defined)
except NameError as e:
    print("module level:", e)
x = 5
del x
try:
    x
except NameError as e:
    print("after del:", e)
def outer():
    def inner():
        return captured
    try:
        inner()
    except NameError as e:
        print("free variable:", e)
    captured = 1
    return inner()
print(outer())
