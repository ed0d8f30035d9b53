# %-format specs read byte by byte: bare conversions, flags, widths, stars, length
# modifiers, keys with non-ASCII text, and CPython's errors for broken specs.
cases = [
    ("%s|%d|%i|%r|%x|%X|%o|%e|%f|%g|%c", ("a", 1, 2, "r", 255, 255, 8, 1.5, 2.25, 3.5, 65)),
    ("%5.2f|%-+5d|% d|%#x|%05d|%.3s", (3.14159, 7, 3, 255, 42, "abcdef")),
    ("%*d|%.*f|%-*s|", (5, 3, 2, 1.23456, 4, "ab")),
    ("%ld|%hd|%Lf", (1, 2, 3.5)),
    ("%(ké)s-%(b)05d", {"ké": "v", "b": 7}),
    ("%%|%s%%", ("x",)),
    ("ünï %s çø", ("ß",)),
]
for f, a in cases:
    print(repr(f % a))
for bad in ["%", "%5", "%(a", "%é", "%.", "%z", "abc %y", "%(a)", "%99999999999999999999d"]:
    try:
        print(repr(bad % ({"a": 1} if "(" in bad else (1,))))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)
