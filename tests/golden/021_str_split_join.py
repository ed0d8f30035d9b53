# split, rsplit with maxsplit, join.
texts = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",", "x\ty\nz\r\nw", "α β γ"]
for t in texts:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.split(None, 1), t.rsplit(None, 1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".rsplit(",", 0))
print("a,b,c,d".split(",", -1), "a,b,c,d".split(sep=",", maxsplit=1), "a,b,c,d".rsplit(maxsplit=1, sep=","))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "::a::".split("::"), "aaa".split("a"), "aaaa".split("aa"))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".split(maxsplit=0))
print("abcabcabc".split("bc"), "1 2 3".split(" ", 5), "x".split("x"), "".split("x"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), " ".join("abc"), "::".join(("1",)))
print("\n".join(["line1", "line2"]))
print("+".join(str(i) for i in range(5)), "/".join(reversed(["usr", "local", "bin"])))
print(",".join({"k1": 1, "k2": 2}), "|".join(sorted({"b", "a", "c"})))
try:
    ",".join(["a", 1, "c"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
csv = "name,age,city\nalice,30,paris\nbob,25,berlin\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, data = rows[0], rows[1:]
for r in data:
    print(dict(zip(header, r)))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[::-1], " ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
