# Unicode strings: lengths, code points, escapes, iteration.
s = "héllo wörld ñ 日本語 😀 ∑"
print(s, len(s), [ord(c) for c in s[:5]], s.upper())
print([c for c in "😀a😃"], len("😀"), "😀".encode("utf-8"), len("😀".encode("utf-8")))
print(chr(233), chr(0x65E5), chr(0x1F600), ord("€"), hex(ord("日")))
print("\u00e9", "\u65e5\u672c", "\U0001F600", "\u03b1", "\x41\x42")
print("é" == "\u00e9", "é" == "e\u0301", len("e\u0301"))
print(repr("é"), repr("日本"), repr("\u200b"), repr("\x00\x7f"), repr("tab\there"), ascii("é日😀"))
for ch in "aé日😀":
    print(ch, ord(ch), len(ch.encode("utf-8")), ch.isalpha(), repr(ch))
word = "Ünïcödé"
print(word.lower(), word.upper(), word[::-1], word.find("c"), word.replace("ö", "o"))
counts = {}
for ch in "mississippi 日日本":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted("δβαγ"), max("αβγ"), "ω" > "α", "Ω".lower(), "ǅ".title())
print("%s|%5s|%-5s|" % ("日", "日本", "ñ"), f"{'日本':>6}|{'é':^5}|")
print("café".center(10, "*"), "naïve".zfill(8), "über".capitalize())
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
