# %-formatting: bare %s of a str and %d of an int are written directly; everything
# else (flags, widths, other types, subclasses, keys) takes the general path. A long
# template with many specs parses each spec by itself.

class S(str):
    def __str__(self):
        return "S-str"

class I(int):
    def __str__(self):
        return "I-str"

vals = [0, -7, 2**40, 2**70, True, False, 3.9, "txt", S("raw"), I(5), None, [1, "a"]]
for v in vals:
    for spec in ("%s", "%d", "%i", "%u", "%r", "%5s", "%-6d|", "%+d", "%05d", "% d", "%.2s", "%x"):
        try:
            print(spec, repr(spec % (v,)))
        except TypeError as e:
            print(spec, "TypeError:", e)

print("%s-%s-%d" % ("a", "b", 3), "%%d %d%%" % 5, "%(x)s/%(y)d" % {"x": "k", "y": 9})
print("%s" % "only", "%d" % 42, "%s" % (("tuple",),), "%s %s" % ("é", "日本"))
template = " ".join(f"[%{i % 3 and 's' or 'd'}]" for i in range(300))
args = tuple(i if i % 3 == 0 else f"v{i}" for i in range(300))
out = template % args
print(len(out), out[:60], out[-40:])
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {"j": 1}), ("%z", (1,))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
