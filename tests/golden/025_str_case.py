# upper/lower/title/capitalize/swapcase/casefold.
samples = ["hello world", "HELLO WORLD", "hElLo WoRlD", "", "123 abc", "they're bill's friends",
           "o'neil mc donald", "ß straße", "ǆemal", "élan ÉCOLE", "hello-world_foo bar9baz", "  x  "]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), sep=" | ")
print("ABC".lower() == "abc", "abc".upper().lower(), "a1b2".upper(), "İ".lower() == "i̇")
print("Straße".upper(), "ﬁ".upper(), len("ﬁ".upper()), "ΣΑΣ".lower(), "σ".upper())
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
print("hello world".title().swapcase(), "x".capitalize(), "1abc".capitalize(), "aBC".capitalize())
print("mIxEd CaSe".swapcase().swapcase())
