# Iterating over strings and building new ones.
s = "Programming in Python"
vowels = "aeiouAEIOU"
print([c for c in s if c in vowels], sum(1 for c in s if c in vowels))
print("".join(c for c in s if c not in vowels), "".join(reversed(s)), s[::-1] == "".join(reversed(s)))
freq = {}
for ch in s.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
def is_palindrome(t):
    t = "".join(ch.lower() for ch in t if ch.isalnum())
    return t == t[::-1]
for t in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "ab"]:
    print(repr(t), is_palindrome(t))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3), caesar("abc", 29), caesar("abc", -1))
def rle(t):
    if not t:
        return ""
    out = []
    prev, n = t[0], 1
    for ch in t[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
for t in ["aaabccdddd", "", "x", "abc", "zzzzzzzzzzzz"]:
    print(repr(t), rle(t))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(list("héllo"), tuple("ab"), set("aaa"), dict.fromkeys("abca", 0))
print(list(enumerate("xyz", 1)), list(zip("abc", "12")), list(map(str.upper, "hi")))
words = "apple banana cherry date elderberry fig".split()
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: w[-1]))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
