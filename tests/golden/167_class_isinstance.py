# isinstance/issubclass with builtins, tuples, user classes, and type().
values = [0, 1.5, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), len, object(), int, type]
for v in values:
    print(repr(type(v).__name__).ljust(28),
          isinstance(v, int), isinstance(v, (float, str)), isinstance(v, object),
          isinstance(v, type), isinstance(v, (list, tuple, dict, set)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), issubclass(bool, int), issubclass(int, bool))
print(isinstance(1, (str, (bytes, (int,)))), isinstance("x", ()), issubclass(str, ()))
class A: pass
class B(A): pass
class C(B): pass
class D: pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, [isinstance(o, k) for k in (A, B, C, D)], type(o) is A, type(o) == B)
print([issubclass(x, y) for x in (A, B, C, D) for y in (A, C)])
print(issubclass(C, (D, B)), issubclass(A, object), issubclass(type, object), issubclass(object, type))
print(isinstance(A, type), isinstance(A, object), isinstance(object, type), isinstance(type, type))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "seq(" + ",".join(kind(i) for i in x) + ")"
    if isinstance(x, dict):
        return "map"
    return "other"
print([kind(x) for x in [True, 3, 2.0, "s", [1, "a", (2.5, False)], {}, None]])
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
