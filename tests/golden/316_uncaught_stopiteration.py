# Uncaught StopIteration from calling next() on an exhausted iterator at module level.
def pairs(seq):
    it = iter(seq)
    while True:
        try:
            a = next(it)
        except StopIteration:
            return
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
tokens = iter(["let", "x", "=", "1"])
print(next(tokens), next(tokens), next(tokens), next(tokens))
print("one more token:")
print(next(tokens))
print("not reached")
