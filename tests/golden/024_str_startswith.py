# startswith/endswith with tuples and start/end arguments.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"))
print(s.endswith("world"), s.endswith("d"), s.endswith(""), s.endswith("hello"))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith("o", -1))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 5), s.endswith("o w", 2, 7), s.endswith("world", -5))
print(s.startswith("", 11), s.startswith("", 12), s.endswith("", 5, 2), s.startswith("h", -100))
files = ["main.py", "README.md", "test_main.py", "data.csv", "notes.txt", "setup.cfg", ".hidden"]
print([f for f in files if f.endswith((".py", ".cfg"))])
print([f for f in files if f.startswith(("test_", "."))])
print([f for f in files if f.lower().endswith(".md")])
try:
    s.startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
try:
    s.startswith()
except TypeError as e:
    print("TypeError:", e)
print("日本語".startswith("日"), "日本語".endswith("本語"), "ñandú".startswith("ñ"))
url = "https://example.org/path"
for scheme in ("http://", "https://", "ftp://"):
    print(scheme, url.startswith(scheme))
