# Uncaught RuntimeError: a StopIteration escaping a generator is converted (PEP 479).
def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)
data = ["alpha beta", "gamma", "delta epsilon zeta"]
print(list(first_words(data)))
data.append("")
for w in first_words(data):
    print("first word:", w)
print("not reached")
