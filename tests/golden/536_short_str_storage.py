# Short strings (up to 24 bytes) are kept inside the str object, longer ones on the
# heap. Every operation must behave the same on both sides of that boundary, for
# ASCII and non-ASCII text, and equal strings must be equal (and hash alike) however
# they were made: sliced, split, built by an f-string or join, or literal.

def made_ways(text):
    """The same text made several ways: literal copy, slice, split part, join, f-string."""
    padded = "<" + text + ">"
    ways = [
        text,
        padded[1:-1],
        ("|" + text + "|").split("|")[1],
        "".join([text[: len(text) // 2], text[len(text) // 2 :]]),
        f"{text}",
        text.upper().lower() if text.isascii() and text.islower() else text,
    ]
    return ways


samples = []
for n in (0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 48):
    samples.append("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"[:n])
# Non-ASCII: multi-byte characters around the 24-byte boundary.
samples += ["é" * 11, "é" * 12, "é" * 13, "x" + "é" * 12, "€" * 7, "€" * 8, "€" * 9,
            "🐍" * 5, "🐍" * 6, "🐍" * 7, "a🐍" * 5, "日本語テキスト"]

for s in samples:
    ways = made_ways(s)
    same = all(w == s for w in ways)
    hashes = len({hash(w) for w in ways})
    d = {w: i for i, w in enumerate(ways)}
    print(len(s), len(s.encode()), same, hashes, len(d), d[s], repr(s[:5]), s[-3:] == ways[1][-3:])

# Dict and set membership across the ways of making a key.
keys = {}
for i in range(60):
    k = f"key-{i:03d}-" + "z" * (i % 20)
    keys[k] = i
hits = 0
for i in range(60):
    line = "#" + f"key-{i:03d}-" + "z" * (i % 20) + "#"
    k = line[1:-1]
    part = line.split("#")[1]
    if keys.get(k) == i and keys.get(part) == i and part in keys:
        hits += 1
print("hits", hits)
print(sorted({"ab" * 6, "ab" * 12, ("x" + "ab" * 12)[1:], "ab" * 13})[:3])

# Methods on short and long strings.
for s in ["hello world", "hello world, a longer text of more than 24 bytes",
          "héllo wörld", "héllo wörld, ünïcode text that is longer than 24 bytes"]:
    print(s.upper(), s.title(), s.find("o"), s.rfind("o"), s.count("l"))
    print(s.split(), s.split("o", 1), s.rsplit("l", 2), s.partition(" "))
    print(s[::2], s[::-3], s[3:9], s.replace("l", "L"), s.center(30, "*"))
    print(s.encode()[:12], s.startswith("hel"), s.endswith("xt"), s * 2 == s + s)
    print(len(s), s.isascii(), s.index("w" if "w" in s else "h"), ord(s[-1]), s[1])

# Iteration, indexing and comparison at the boundary.
t = "0123456789abcdefghijklmn"  # 24 bytes: the longest kept inline
u = t + "o"                     # 25 bytes: on the heap
print(len(t), len(u), t < u, u[:24] == t, t[23], u[24], list(t[20:]), list(reversed(u))[:3])
print(t in u, u.startswith(t), hash(t) == hash(u[:24]), {t: 1}.get(u[:-1]))
print([c for c in "é" * 13][:2], "".join(reversed("é" * 13)) == "é" * 13)

# A str subclass made from short and long values.
class S(str):
    def shout(self):
        return self.upper() + "!"

for v in ["short", "a value longer than twenty-four bytes"]:
    s = S(v)
    print(type(s).__name__, s, s.shout(), len(s), s == v, hash(s) == hash(v), s[:3])
