# Every builtin function and common method called with wrong argument types and counts:
# each call must raise an exception (never crash the interpreter). Prints a summary line
# per call: the name and either "ok" or the exception class.
import math, sys, time, os

bad_values = [None, 0, -1, 2**100, 1.5, float("nan"), "s", b"b", [1], (1,), {1: 2}, {1}, object(), len, print]

names = [
    "abs", "all", "any", "ascii", "bin", "callable", "chr", "delattr", "dir", "divmod",
    "enumerate", "filter", "format", "getattr", "hasattr", "hash", "hex", "id", "isinstance",
    "issubclass", "iter", "len", "map", "max", "min", "next", "oct", "ord", "pow", "repr",
    "reversed", "round", "setattr", "sorted", "sum", "vars", "zip", "int", "float", "str",
    "bool", "list", "tuple", "dict", "set", "frozenset", "bytes", "range", "slice", "type",
    "object", "property", "staticmethod", "classmethod", "super",
]
import builtins
results = {}
for name in names:
    f = getattr(builtins, name)
    count = 0
    for nargs in range(0, 4):
        for v in bad_values:
            args = [v] * nargs
            try:
                f(*args)
            except Exception as e:
                count += 1
            except BaseException as e:
                print("unexpected", name, type(e).__name__)
    results[name] = count
print("builtins exercised:", len(results))

methods = [
    ("abc", ["split", "join", "replace", "find", "count", "startswith", "endswith", "strip",
             "upper", "format", "encode", "index", "zfill", "center", "partition"]),
    ([3, 1, 2], ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy"]),
    ({1: 2}, ["get", "pop", "setdefault", "update", "keys", "items", "values", "popitem", "copy"]),
    ({1, 2}, ["add", "discard", "remove", "union", "intersection", "difference", "issubset", "pop"]),
    ((1, 2), ["count", "index"]),
    (b"abc", ["decode"]),
]
n = 0
for obj, ms in methods:
    for m in ms:
        for nargs in range(0, 4):
            for v in bad_values:
                target = obj.copy() if hasattr(obj, "copy") else obj
                try:
                    getattr(target, m)(*([v] * nargs))
                except Exception:
                    pass
                n += 1
print("method calls:", n)

for fn in [math.sqrt, math.log, math.floor, math.factorial, math.gcd, time.sleep, os.getenv, sys.exit]:
    for v in [None, "s", -1, [1], 2**2000, float("inf")]:
        try:
            if fn is time.sleep and v in (2**2000, float("inf")):
                continue
            fn(v)
        except (Exception, SystemExit):
            pass
print("module functions ok")

# Operators between every pair of bad values.

ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a < b, lambda a, b: a == b,
       lambda a, b: a[b], lambda a, b: a in b, lambda a, b: a & b, lambda a, b: a << 3]
count = 0
for op in ops:
    for a in bad_values:
        for b in bad_values:
            try:
                op(a, b)
            except Exception:
                pass
            count += 1
print("operator pairs:", count)
