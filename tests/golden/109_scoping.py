# Name resolution: LEGB, class scope, comprehension scope, builtins shadowing.
x = "global"
def f():
    return x
def g():
    x = "local"
    def h():
        return x
    return h()
print(f(), g())
class K:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    z = [x for _ in range(1)]
print(K.x, K.y, K().method(), K.z)
def shadow_builtin():
    len = lambda s: "shadowed"
    return len([1, 2, 3])
print(shadow_builtin(), len([1, 2, 3]))
list_ = list
def use_list():
    return list_("ab")
print(use_list())
i = "unchanged"
squares = [i * i for i in range(3)]
print(squares, i)
for j in range(3):
    pass
print("loop var after loop:", j)
if True:
    block_var = "visible"
print(block_var)
def conditional_def(flag):
    if flag:
        def inner():
            return "A"
    else:
        def inner():
            return "B"
    return inner()
print(conditional_def(True), conditional_def(False))
def params_shadow(x):
    return x
print(params_shadow("param"), x)
def del_local():
    v = 1
    del v
    try:
        return v
    except NameError as e:
        return "NameError: " + str(e)
print(del_local())
def builtins_still_work():
    return max(1, 2), abs(-1), str(1)
print(builtins_still_work())
total = 10
def uses_global_in_expr():
    return total * 2
total = 20
print(uses_global_in_expr())
def make():
    items = []
    for n in range(3):
        items.append(lambda: n)
    return [fn() for fn in items]
print(make())
