# Sorting builtin strs (by code point, compared as UTF-8 bytes) and with key functions
# (one kept frame per sort), next to a str subclass with its own __lt__.
words = ["pear", "Apple", "apple", "äpfel", "zebra", "", "a", "ab", "Z", "日本", "中文", "😀", "é", "e\u0301"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted([(w, i) for i, w in enumerate(words)], key=lambda p: p[0]))
print(sorted(["b", "a", "b", "a"], key=lambda s: s) == ["a", "a", "b", "b"])
class S(str):
    def __lt__(self, o):
        return len(self) < len(o)
print(sorted([S("ccc"), S("a"), S("bb")]))
l = ["x", "b", "a"]
l.sort()
print(l, min(words), max(words))
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(sorted(words, key=lambda w: w[::-1])[:5])
