# printf-style % formatting.
print("%s %r %d %i" % ("str", "str", 42, -7))
print("%f %.2f %.0f %10.3f %-10.1f| %+.1f %e %.3E %g %G" % (3.14159, 2.675, 2.5, -1.5, 9.99, 5.0, 12345.678, 0.000123, 1e-5, 1e20))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%c|%c" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65, "z"))
print("%s" % "single", "%s" % (("tuple",),), "%s" % [1, 2], "%r" % (None,), "%%", "100%%" % ())
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bob", "age": 40})
print("%-8s|%8s|%.2s|%8.3s|" % ("left", "right", "truncate", "abcdef"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%d %d %d" % (3.9, -3.9, True), "%s %s" % (1.0, 1e100), "%x" % 2**70, "%d" % 10**30)
print("%5.1f%%" % 99.5, "%c%c%c" % (72, 105, 33), "%a" % "é", "%10r|" % "x")
print("%i items" % 3, "%o" % -8, "%x" % -255, "%.3d" % 7, "%+05d" % 7, "% 5d" % -7)
print(b"%s-%d-%b" % (b"bytes", 5, b"raw"), b"%x" % 255, b"%c" % 65)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%(k)s", (1,)), ("%z", 1), ("%c", 1234567), ("%c", "ab"), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, -7.125)]
for name, count, ratio in rows:
    print("%-6s %4d %8.3f %6.1e" % (name, count, ratio, ratio))
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]}, "%s and %s" % ("x", "y"))
