# Text statistics: word frequencies, sentence lengths, n-grams, a histogram.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us.
We were all going direct to Heaven; we were all going direct the other way!"""
def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out
ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)), "chars:", len(TEXT), "lines:", len(TEXT.splitlines()))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)
width = max(len(w) for w, _ in top)
for w, c in top:
    print(f"{w:>{width}} | {'#' * c} {c}")
sentences = [s.strip() for s in TEXT.replace("!", ".").replace(";", ".").split(".") if s.strip()]
print(len(sentences), [len(words(s)) for s in sentences])
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = {}
for w in ws:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print({c: f"{100 * n / total:.1f}%" for c, n in sorted(letters.items()) if n / total > 0.08})
longest = max(ws, key=lambda w: (len(w), w))
print("longest word:", longest, "avg length: %.3f" % (sum(map(len, ws)) / len(ws)))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
