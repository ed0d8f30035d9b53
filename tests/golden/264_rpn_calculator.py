# Shunting-yard infix-to-RPN conversion and an RPN evaluator with error reporting.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}
def tokens(expr):
    out, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if num:
        out.append(num)
    return out
def to_rpn(expr):
    output, stack = [], []
    for t in tokens(expr):
        if t in PREC:
            while stack and stack[-1] in PREC and (PREC[stack[-1]] > PREC[t] or (PREC[stack[-1]] == PREC[t] and t not in RIGHT)):
                output.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            output.append(t)
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced '('")
        output.append(t)
    return output
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in PREC:
            if len(st) < 2:
                raise ValueError(f"not enough operands for {t}")
            b, a = st.pop(), st.pop()
            if t == "+": st.append(a + b)
            elif t == "-": st.append(a - b)
            elif t == "*": st.append(a * b)
            elif t == "/": st.append(a / b)
            elif t == "%": st.append(a % b)
            else: st.append(a ** b)
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise ValueError(f"malformed expression, stack={st}")
    return st[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "10 / 4 - 1.5", "7 % 4 * (3 - 5)",
          "((42))", "3.5 * 2", "1 / 0", "(1 + 2", "1 + 2)", "2 * x", "100 - 99 - 1", "2 ^ 100 % 7"]:
    try:
        rpn = to_rpn(e)
        print(f"{e:<18} => {' '.join(rpn):<22} = {eval_rpn(rpn)!r}")
    except (SyntaxError, ValueError, ZeroDivisionError) as ex:
        print(f"{e:<18} => {type(ex).__name__}: {ex}")
for raw in ["3 4 + 2 *", "1 +", "1 2 3 +", "5 1 2 + 4 * + 3 -"]:
    try:
        print(raw, "=", eval_rpn(raw.split()))
    except ValueError as ex:
        print(raw, "->", ex)
