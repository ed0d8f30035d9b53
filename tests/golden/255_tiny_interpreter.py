# An interpreter for a tiny stack-free expression language with variables, functions and errors.
class LangError(Exception):
    pass
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(("id", src[i:j]))
            i = j
        elif src.startswith("==", i) or src.startswith("<=", i):
            toks.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/%()=<,?:":
            toks.append(("op", c))
            i += 1
        else:
            raise LangError(f"bad char {c!r}")
    toks.append(("eof", None))
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def take(self, kind=None, val=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (val is not None and t[1] != val):
            raise LangError(f"expected {val or kind}, got {t[1]!r}")
        self.i += 1
        return t
    def statement(self):
        if self.peek()[0] == "id" and self.toks[self.i + 1] == ("op", "="):
            name = self.take("id")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        if self.peek() == ("id", "def"):
            self.take()
            name = self.take("id")[1]
            self.take("op", "(")
            params = []
            while self.peek() != ("op", ")"):
                params.append(self.take("id")[1])
                if self.peek() == ("op", ","):
                    self.take()
            self.take("op", ")")
            self.take("op", "=")
            return ("def", name, params, self.expr())
        return ("expr", self.expr())
    def expr(self):
        cond = self.compare()
        if self.peek() == ("op", "?"):
            self.take()
            a = self.expr()
            self.take("op", ":")
            b = self.expr()
            return ("if", cond, a, b)
        return cond
    def compare(self):
        left = self.additive()
        while self.peek()[1] in ("==", "<", "<="):
            op = self.take()[1]
            left = ("bin", op, left, self.additive())
        return left
    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = ("bin", op, left, self.term())
        return left
    def term(self):
        left = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            left = ("bin", op, left, self.unary())
        return left
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.take()
        if t[0] == "num":
            return ("num", t[1])
        if t[0] == "id":
            if self.peek() == ("op", "("):
                self.take()
                args = []
                while self.peek() != ("op", ")"):
                    args.append(self.expr())
                    if self.peek() == ("op", ","):
                        self.take()
                self.take("op", ")")
                return ("call", t[1], args)
            return ("var", t[1])
        if t == ("op", "("):
            e = self.expr()
            self.take("op", ")")
            return e
        raise LangError(f"unexpected {t[1]!r}")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a // b, "%": lambda a, b: a % b, "==": lambda a, b: int(a == b),
       "<": lambda a, b: int(a < b), "<=": lambda a, b: int(a <= b)}
def evaluate(node, env, funcs, depth=0):
    if depth > 200:
        raise LangError("recursion too deep")
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise LangError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env, funcs, depth)
    if kind == "bin":
        a = evaluate(node[2], env, funcs, depth)
        b = evaluate(node[3], env, funcs, depth)
        try:
            return OPS[node[1]](a, b)
        except ZeroDivisionError:
            raise LangError("division by zero") from None
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env, funcs, depth) else node[3], env, funcs, depth)
    if kind == "call":
        if node[1] not in funcs:
            raise LangError(f"undefined function {node[1]}")
        params, body = funcs[node[1]]
        if len(params) != len(node[2]):
            raise LangError(f"{node[1]} expects {len(params)} args, got {len(node[2])}")
        args = [evaluate(a, env, funcs, depth) for a in node[2]]
        return evaluate(body, dict(zip(params, args)), funcs, depth + 1)
    raise LangError(f"bad node {kind}")
def run(program):
    env, funcs = {}, {}
    for line in program.strip().splitlines():
        try:
            stmt = Parser(tokenize(line)).statement()
            if stmt[0] == "assign":
                env[stmt[1]] = evaluate(stmt[2], env, funcs)
                print(f"  {stmt[1]} = {env[stmt[1]]}")
            elif stmt[0] == "def":
                funcs[stmt[1]] = (stmt[2], stmt[3])
                print(f"  defined {stmt[1]}({', '.join(stmt[2])})")
            else:
                print("  =>", evaluate(stmt[1], env, funcs))
        except LangError as e:
            print(f"  error in {line.strip()!r}: {e}")
run("""
x = 6 * 7
y = x - -8 % 3
x + y * 2
def fact(n) = n <= 1 ? 1 : n * fact(n - 1)
fact(10)
fact(25)
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
fib(15)
def gcd(a, b) = b == 0 ? a : gcd(b, a % b)
gcd(1071, 462)
z + 1
1 / 0
fact(1, 2)
nope(3)
def inf(n) = inf(n + 1)
inf(0)
(1 + 2
3 $ 4
""")
