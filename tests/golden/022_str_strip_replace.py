# strip family with and without chars; replace with count; removeprefix/suffix.
samples = ["  hello  ", "\t\n hi \r\n", "xxhixx", "", "   ", "abcba", "..,,data,,..", "\u3000wide\u3000"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(".,")), repr(s.strip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("mississippi".rstrip("ips")), repr("mississippi".lstrip("mis")))
print(repr("hello".strip("")), repr("  x ".strip(None)), repr("aaa".strip("a")))
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0))
print(s.replace("one", "1", -1), s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "00"))
print("aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("banana".replace("an", "AN"), "banana".replace("a", ""), "a.b.c".replace(".", "\\"))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("x"), "file.txt".removesuffix(".txt"))
print("file.txt".removesuffix(".py"), "".removeprefix("a"), "aa".removeprefix("a"))
text = "The rain in Spain stays mainly in the plain"
print(text.replace("ain", "AIN"), text.count("ain"), text.replace("ain", "", 2))
try:
    "abc".strip(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError:", e)
lines = ["  key1 = value1  ", "key2=value2", "  # comment", "", " key3 =  spaced value "]
conf = {}
for line in lines:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    k, v = line.split("=", 1)
    conf[k.strip()] = v.strip()
print(conf)
