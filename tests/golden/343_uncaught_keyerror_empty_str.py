# Uncaught KeyError for the empty-string key (repr shows quotes).
counts = {}
text = "a b  c"
for token in text.split(" "):
    counts[token] = counts.get(token, 0) + 1
print(counts)
clean = {k: v for k, v in counts.items() if k}
print(clean)
for k in ["a", "b", "c"]:
    print(k, clean[k])
print("empty token:", clean[""])
print("not reached")
