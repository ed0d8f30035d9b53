# `module.name(...)` caches where the name lives in the module's namespace; the cache
# must follow rebinding, deletion and new names, and missing names go to the module's
# `__getattr__` (PEP 562).
import math
import _helper_modattr as mod

out = []
for i in range(7):
    out.append(mod.f(i))
    if i == 2:
        mod.f = lambda x: x * 100
    if i == 3:
        del mod.f
    if i == 4:
        mod.g = 5
        mod.f = math.floor
    if i == 5:
        for k in range(20):
            setattr(mod, f"extra{k}", k)
print(out)
print([mod.dyn(n) for n in range(3)])
print(hasattr(mod, "anything"), getattr(mod, "q")(3), mod.extra7)
from _helper_modattr import zzz

print(zzz(2))

s = 0.0
for i in range(6):
    s += math.sqrt(i)
    if i == 2:
        saved = math.sqrt
        math.sqrt = lambda v: -1.0
math.sqrt = saved
print(round(s, 6), math.sqrt(16))


class Holder:
    pass


h = Holder()
h.f = lambda: "instance attribute"
print(h.f())
try:
    mod.missing_name(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(mod, "missing_too"))
mod.missing_last()
