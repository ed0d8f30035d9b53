# math functions: argument count, keywords, big ints and strings are refused as CPython does
# (the inline float/int path of arg_f must not change any error).
import math
cases = [
    ("sqrt(1, 2)", lambda: math.sqrt(1, 2)),
    ("sqrt()", lambda: math.sqrt()),
    ("sqrt(x=1)", lambda: math.sqrt(x=1)),
    ("sqrt('a')", lambda: math.sqrt("a")),
    ("exp(1, 2)", lambda: math.exp(1, 2)),
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("sqrt(10**400)", lambda: math.sqrt(10**400)),
    ("sqrt(10**40)", lambda: math.sqrt(10**40)),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
print(math.sqrt(4), math.sqrt(2.25), math.sqrt(True), math.floor(2.5), math.exp(0))
for name, f in [("sqrt('4')", lambda: math.sqrt("4")), ("floor('4')", lambda: math.floor("4")), ("pow('2', 2)", lambda: math.pow("2", 2)), ("log('e')", lambda: math.log("e"))]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
class F:
    def __float__(self):
        return 9.0
print(math.sqrt(F()))
