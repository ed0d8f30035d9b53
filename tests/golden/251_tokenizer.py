# A hand-written tokenizer for a small expression language, with error positions.
KEYWORDS = {"let", "in", "if", "then", "else", "fn"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "%", "(", ")", "<", ">", "=", ",", ";"]
class TokenError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"
def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        if ch.isdigit():
            start = i
            while i < n and (src[i].isdigit() or src[i] == "_"):
                i += 1
            if i < n and src[i] == "." and i + 1 < n and src[i + 1].isdigit():
                i += 1
                while i < n and src[i].isdigit():
                    i += 1
                tokens.append(Token("FLOAT", src[start:i], start))
            else:
                tokens.append(Token("INT", src[start:i], start))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            word = src[start:i]
            tokens.append(Token("KW" if word in KEYWORDS else "NAME", word, start))
            continue
        if ch in "\"'":
            start = i
            i += 1
            buf = []
            while i < n and src[i] != ch:
                if src[i] == "\\" and i + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[i + 1], src[i + 1]))
                    i += 2
                else:
                    buf.append(src[i])
                    i += 1
            if i >= n:
                raise TokenError("unterminated string", start)
            i += 1
            tokens.append(Token("STR", "".join(buf), start))
            continue
        for op in OPERATORS:
            if src.startswith(op, i):
                tokens.append(Token("OP", op, i))
                i += len(op)
                break
        else:
            raise TokenError(f"unexpected character {ch!r}", i)
    tokens.append(Token("EOF", "", n))
    return tokens
programs = [
    "let x = 42 in x * (y + 3.5)",
    "fn add(a, b) -> a + b; add(1_000, 2)",
    "if a <= b then 'yes' else \"no\\n\"  # comment here\nz != 0",
    "",
    "   # only a comment",
    "x == y >= z -> w",
    "price * 1.5 % 3",
    "let s = 'unterminated",
    "a + $b",
]
for src in programs:
    try:
        toks = tokenize(src)
        print(len(toks), toks)
    except TokenError as e:
        print("TokenError:", e, "| context:", repr(src[max(0, e.pos - 3):e.pos + 3]))
counts = {}
for t in tokenize(programs[0] + " " + programs[1] + " " + programs[2]):
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
