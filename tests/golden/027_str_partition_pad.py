# partition/rpartition, zfill, center/ljust/rjust with fill chars.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
for n in ["42", "-42", "+42", "", "abc", "-", "12345", "3.14", "-0.5"]:
    print(repr(n), repr(n.zfill(6)), repr(n.zfill(0)), repr(n.zfill(3)))
for w in [0, 5, 10, 11]:
    print(repr("hello".center(w)), repr("hello".ljust(w)), repr("hello".rjust(w)),
          repr("hello".center(w, "*")), repr("hello".ljust(w, ".")), repr("hello".rjust(w, "0")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(5, "-")))
print(repr("".center(4, "x")), repr("日本".center(6, "・")), repr("x".rjust(-5)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
table = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
print("Name".ljust(10) + "Price".rjust(8) + "Qty".rjust(6))
for name, price, qty in table:
    print(name.ljust(10, ".") + str(price).rjust(8) + str(qty).rjust(6))
print("-" * 24, "TOTAL".center(24, "="), sep="\n")
