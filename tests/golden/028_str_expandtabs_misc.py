# expandtabs, multiplication, concatenation, membership and comparisons.
for s in ["a\tb\tc", "\t", "abcdefgh\tx", "12345\t1\t123\n1\ta", "no tabs", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)))
print("ab" * 3, "ab" * 0, "ab" * -2, 3 * "x", "" * 100, repr("-" * 1))
print("a" + "b" + "c", "x" + "", "" + "")
print("ell" in "hello", "" in "abc", "" in "", "z" in "abc", "abc" in "ab", "é" in "café")
print("abc" not in "xabcx", "A" not in "abc")
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "Z" < "a", "é" > "z")
print("apple" == "apple", "apple" != "Apple", "abc" >= "abc", "b" > "abc", max("hello"), min("hello"))
print(sorted(["b", "A", "a", "B", "é", "_", "1", " "]))
print(sorted("hello world"), "".join(sorted("hello world")))
print(len("a" * 1000), ("ab" * 500).count("ab"))
s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    print(5 in "12345")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc" < 5
except TypeError as e:
    print("TypeError:", e)
x = "immutable"
y = x
x += "!"
print(x, y, x is y)
