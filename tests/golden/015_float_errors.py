# Division by zero with floats and other float errors.
cases = [
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("0.0 / 0.0", lambda: 0.0 / 0.0),
    ("1 / 0", lambda: 1 / 0),
    ("1.5 // 0", lambda: 1.5 // 0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.5", lambda: 0 ** -1.5),
    ("8 ** (1/3)", lambda: 8 ** (1 / 3)),
    ("float('x')", lambda: float("x")),
    ("int(1e400)", lambda: int(1e400)),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("10 ** 400 + 0.5", lambda: 10 ** 400 + 0.5),
    ("1.0 + '1'", lambda: 1.0 + "1"),
    ("'1' * 2.0", lambda: "1" * 2.0),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("1.5 << 2", lambda: 1.5 << 2),
    ("~1.5", lambda: ~1.5),
]
for text, fn in cases:
    try:
        r = fn()
        print(text, "=", r)
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
x = 0.0
try:
    x = 10 / x
except ZeroDivisionError:
    print("caught, x is still", x)
print(isinstance(ZeroDivisionError(), ArithmeticError))
