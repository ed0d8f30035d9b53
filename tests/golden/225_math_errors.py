# math domain and range errors.
import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)),
    ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-4)", lambda: math.isqrt(-4)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("math.nope", lambda: math.nope),
]
for label, fn in cases:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.isnan(math.sqrt(math.nan)))
