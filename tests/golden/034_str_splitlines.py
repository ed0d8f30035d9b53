# splitlines with and without keepends, across line-break kinds.
texts = ["one\ntwo\nthree", "one\ntwo\n", "\n", "", "no newline", "a\r\nb\rc\nd", "a\n\nb",
         "x\x0by\x0cz", "p\x1cq\x1dr\x1es", "u\x85v\u2028w\u2029x", "trailing\r\n\r\n"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.split("\n"))
print("a\nb".splitlines(keepends=True), "a\nb".splitlines(keepends=False))
poem = """Roses are red,
Violets are blue,

Sugar is sweet,
And so are you."""
lines = poem.splitlines()
print(len(lines), [len(l) for l in lines], [l for l in lines if l])
for n, line in enumerate(lines, 1):
    print(f"{n:>3}: {line}")
print(max(lines, key=len), sum(len(l.split()) for l in lines))
