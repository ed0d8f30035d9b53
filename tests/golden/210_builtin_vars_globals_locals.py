# globals(), locals(), vars() - printing only selected keys.
alpha = 1
beta = "two"
g = globals()
print("alpha" in g, g["beta"], g["__name__"], "print" in g, "__builtins__" in g)
g["gamma"] = 3
print(gamma)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def g2():
    x = 1
    y = [2]
    return sorted(locals())
print(g2())
class K:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in vars(K) if not k.startswith("__")))
def outer():
    z = 10
    def inner():
        return sorted(locals().items())
    def inner_uses():
        return z, sorted(locals().items())
    return inner(), inner_uses()
print(outer())
print(vars() is globals(), locals() is globals())
print(sorted(k for k in globals() if not k.startswith("__")))
