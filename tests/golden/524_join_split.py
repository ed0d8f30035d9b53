# str.join (sized first, then one allocation; lists joined in place) and str.split
# (short fields scanned inline, long strings counted first) against CPython.
print(",".join([]), ",".join(["a"]), ",".join(("a", "b")), "-".join(iter("xyz")), "".join(["ab", "", "c"]))
for bad in (["a", 1], ("a", None, "b"), [b"x"]):
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
class S(str): pass
x = S("q")
print(type(",".join([x])).__name__, ",".join([x, "r"]))
l = ["a", "b"]
print("é".join(l), len("日本".join(["x"] * 3)))
print("a,b,,c".split(","), "a:b".split(":"), "x".split(":"), ":".split(":"), "a:b:c".split(":", 1))
long = ",".join(str(i) for i in range(50))
print(len(long.split(",")), long.split(",", 3)[:4], long.split(",", 0)[:1] == [long])
print("a b  c".split(), "a::b".split("::"))
# Parts of an ASCII string know their length; parts of a non-ASCII one are counted.
parts = "ab:cde:f".split(":")
print([len(p) for p in parts], parts[1][-1], parts[1][1:], "x:é:日本:y".split(":"))
print([len(p) for p in "x:é:日本:yz".split(":")], "é:b".split(":")[1] * 2, "a日b".split("日"))
print([len(p) for p in "  ab  é  c ".split()], "α β".split(), "a,b".split(",", maxsplit=0))
