# A small bytecode compiler and stack virtual machine for arithmetic with variables and loops.
class VMError(Exception):
    pass
def compile_program(lines):
    code = []
    labels = {}
    for line in lines:
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0].upper()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        code.append((op, arg))
    return [(op, labels.get(arg, arg) if op in ("JMP", "JZ", "JNZ", "CALL") else arg) for op, arg in code]
def run(code, max_steps=10000):
    stack, env, calls, out = [], {}, [], []
    pc = steps = 0
    def pop():
        if not stack:
            raise VMError(f"stack underflow at pc={pc}")
        return stack.pop()
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"unknown variable {arg}")
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = pop()
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            b, a = pop(), pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "DUP":
            v = pop()
            stack += [v, v]
        elif op == "SWAP":
            b, a = pop(), pop()
            stack += [b, a]
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if pop() == 0:
                pc = arg
        elif op == "JNZ":
            if pop() != 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET":
            if not calls:
                raise VMError("return outside call")
            pc = calls.pop()
        elif op == "PRINT":
            out.append(pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown opcode {op}")
    return out, steps, stack
FACT = """
    push 1
    store acc
    push 12
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
FIBS = """
    push 0
    store a
    push 1
    store b
    push 0
    store i
top:
    load i
    push 15
    lt
    jz end
    load a
    print
    call step
    load i
    push 1
    add
    store i
    jmp top
step:           ; a, b = b, a + b
    load a
    load b
    dup
    store a
    add
    store b
    ret
end:
"""
for name, src in [("fact", FACT), ("fibs", FIBS)]:
    code = compile_program(src.splitlines())
    print(name, len(code), "instructions")
    print(run(code))
for bad in ["add", "push 1\npush 0\ndiv", "load x", "frob", "loop:\njmp loop", "ret"]:
    try:
        print(run(compile_program(bad.splitlines())))
    except VMError as e:
        print("VMError:", e)
