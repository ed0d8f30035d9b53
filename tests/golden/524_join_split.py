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
