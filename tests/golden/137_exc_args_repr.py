# args, str() and repr() of exceptions with 0, 1 and many arguments.
samples = [Exception(), Exception("msg"), Exception("a", "b"), Exception(42), Exception(None),
           Exception(""), Exception(("t",)), ValueError("v"), KeyError("key"), KeyError(), KeyError(1, 2),
           KeyError(""), IndexError(3), TypeError("x", 1), ZeroDivisionError("division by zero"),
           StopIteration(5), SystemExit(3), SystemExit(), SystemExit("msg"), OSError("oops"),
           AssertionError(), AttributeError("attr"), NotImplementedError("todo"), RuntimeError("rt", [1]),
           UnicodeError("u"), FileNotFoundError("f.txt"), Exception("multi\nline"), Exception("quote'd")]
for e in samples:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
print(SystemExit(3).code, SystemExit().code, SystemExit("m").code, SystemExit(1, 2).code)
print(StopIteration(5).value, StopIteration().value)
print(OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "No such file")))
print(str(FileNotFoundError(2, "No such file or directory", "x.txt")))
print(KeyError("a") == KeyError("a"), Exception("x") is Exception("x"))
class E(Exception):
    pass
print(repr(E()), repr(E("one")), repr(E(1, 2)), str(E(1, 2)), str(E([1])))
e = E("start")
e.args = (1, 2, 3)
print(e, repr(e))
try:
    raise E("with", "args")
except E as caught:
    print(caught.args[1], len(caught.args), list(caught.args))
print(f"{ValueError('in fstring')}", f"{ValueError('in fstring')!r}", "%s" % KeyError("pct"))
print([ValueError("in list")], (KeyError("k"),), {"e": IndexError(0)})
