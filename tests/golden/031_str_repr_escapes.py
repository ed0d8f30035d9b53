# repr of strings: quote choice and escape sequences.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r",
           "bell\a", "\x00", "\x1b[0m", "\x7f", "\x80", "\xa0", "\xff", "é", "\u2028", "\ud7ff",
           "\U0001F600", "\U000E0001", "", "'", '"', "''\"\"", "\\n"]
for s in samples:
    print(repr(s), len(s), str([s]))
print("raw:", r"\n\t\\", len(r"\n"), r"C:\path\to" + "\\file")
print("a\
b", "line1\nline2", 'single', "double", """triple "quoted" 'str'""", '''x''')
print("adjacent" " literals" ' join', "\101\102\103", "\x41", "\u0041", "a")
print(str("x"), str(5), str(2.5), str([1, "a"]), str((None, True)), str({"k": "v"}))
print(repr(repr("x")), repr(str(repr("a'b"))))
m = """first
  second
	third"""
print(m)
print(repr(m), m.count("\n"))
print("%r %s" % ("q'uote", "q'uote"), f"{'x'!r} {'y'!s} {chr(10)!r}")
