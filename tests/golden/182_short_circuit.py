# and/or/not return operands and short-circuit.
def t(label, value):
    print(f"  eval {label} -> {value!r}")
    return value
print("A:", t("x", 0) and t("y", 1))
print("B:", t("x", 1) and t("y", 2))
print("C:", t("x", 0) or t("y", ""))
print("D:", t("x", "first") or t("y", "second"))
print("E:", t("a", 1) and t("b", 0) or t("c", 3))
print("F:", t("a", 0) or t("b", 0) and t("c", 3))
print("G:", not t("a", []), not t("b", [0]))
print("H:", t("a", None) or t("b", 0) or t("c", []) or t("d", {}))
print("I:", t("a", 1) and t("b", 2) and t("c", 3) and t("d", 4))
print([] or [1], [1] and [], "" or 0 or None, 0.0 or -0.0, None and 1 / 0)
print(1 or 1 / 0, 0 and 1 / 0, (1 / 1) if True else (1 / 0), False or True and False)
d = {}
value = d.get("k") or "default"
print(value)
name = ""
print(name or "anonymous", name and name.upper(), "bob" and "bob".upper())
items = None
print(len(items or []), items is None or len(items) == 0)
def check(n):
    return n > 0 and n % 2 == 0 and f"{n} is positive even"
print([check(n) for n in (-2, 3, 4)])
x = 0
cond = x != 0 and 10 / x > 1
print(cond)
print(all([]), any([]), all([1, 0, t("never", 1)]) if False else "skipped")
def gen():
    for i in range(10):
        print("  gen", i)
        yield i
print(any(x > 2 for x in gen()))
print(all(x < 1 for x in gen()))
