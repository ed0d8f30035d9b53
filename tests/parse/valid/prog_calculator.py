# Valid program: a tokenizer and recursive-descent parser/evaluator for arithmetic expressions.
from dataclasses import dataclass
from typing import Iterator, Union


@dataclass
class Token:
    kind: str
    text: str
    pos: int


class ParseError(Exception):
    def __init__(self, message: str, pos: int):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


OPERATORS = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}


def tokens(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            yield Token("num", src[start:i], start)
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            yield Token("name", src[start:i], start)
            continue
        if ch in OPERATORS or ch in "()":
            yield Token(ch, ch, i)
            i += 1
            continue
        raise ParseError(f"unexpected character {ch!r}", i)
    yield Token("eof", "", len(src))


Number = Union[int, float]


class Parser:
    def __init__(self, src: str, env: "dict[str, Number] | None" = None):
        self.toks = list(tokens(src))
        self.i = 0
        self.env = env or {}

    @property
    def peek(self) -> Token:
        return self.toks[self.i]

    def advance(self) -> Token:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, kind: str) -> Token:
        if self.peek.kind != kind:
            raise ParseError(f"expected {kind!r}, got {self.peek.kind!r}", self.peek.pos)
        return self.advance()

    def parse(self) -> Number:
        value = self.expr(0)
        self.expect("eof")
        return value

    def expr(self, min_prec: int) -> Number:
        left = self.unary()
        while (op := self.peek.kind) in OPERATORS and OPERATORS[op] >= min_prec:
            self.advance()
            next_prec = OPERATORS[op] if op == "^" else OPERATORS[op] + 1
            right = self.expr(next_prec)
            left = self.apply(op, left, right)
        return left

    def unary(self) -> Number:
        if self.peek.kind == "-":
            self.advance()
            return -self.unary()
        return self.atom()

    def atom(self) -> Number:
        tok = self.advance()
        match_kind = tok.kind
        if match_kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        elif match_kind == "name":
            try:
                return self.env[tok.text]
            except KeyError:
                raise ParseError(f"unknown name {tok.text!r}", tok.pos) from None
        elif match_kind == "(":
            value = self.expr(0)
            self.expect(")")
            return value
        raise ParseError("unexpected token", tok.pos)

    @staticmethod
    def apply(op: str, a: Number, b: Number) -> Number:
        if op == "+": return a + b
        if op == "-": return a - b
        if op == "*": return a * b
        if op == "/": return a / b
        if op == "%": return a % b
        return a ** b


def evaluate(src: str, **env: Number) -> Number:
    return Parser(src, env).parse()


if __name__ == "__main__":
    for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * (y + 1.5)", "1 +"]:
        try:
            print(f"{text:>16} = {evaluate(text, x=2, y=3)}")
        except ParseError as err:
            print(f"{text:>16} ! {err}")
