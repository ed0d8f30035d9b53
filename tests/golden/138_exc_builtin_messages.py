# Error messages raised by builtin operations, printed as "Type message".
class Foo:
    attr = 1
    def method(self):
        return 1
def run(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
def unbound():
    print(undefined_local_name)
    undefined_local_name = 1
def exec_free_unpack():
    a, b = 1, 2, 3
    return a
def undefined():
    return no_such_name_anywhere
run("1/0", lambda: 1 / 0)
run("1//0", lambda: 1 // 0)
run("1%0", lambda: 1 % 0)
run("[][0]", lambda: [][0])
run("()[0]", lambda: ()[0])
run("''[0]", lambda: ""[0])
run("{}['k']", lambda: {}["k"])
run("int('x')", lambda: int("x"))
run("float('y')", lambda: float("y"))
run("None.foo", lambda: None.foo)
run("'a'+1", lambda: "a" + 1)
run("1+'a'", lambda: 1 + "a")
run("[]+()", lambda: [] + ())
run("len(5)", lambda: len(5))
run("undefined", undefined)
run("unbound", unbound)
run("Foo().missing", lambda: Foo().missing)
run("Foo.missing", lambda: Foo.missing)
run("Foo()()", lambda: Foo()())
run("Foo()[0]", lambda: Foo()[0])
run("iter(Foo())", lambda: iter(Foo()))
run("Foo() < Foo()", lambda: Foo() < Foo())
run("-'a'", lambda: -"a")
run("~[]", lambda: ~[])
run("[1,2].foo()", lambda: [1, 2].foo())
run("(1).real = 2", lambda: setattr(1, "real", 2))
run("object().x = 1", lambda: setattr(object(), "x", 1))
run("'abc'.index('d')", lambda: "abc".index("d"))
run("[1].remove(2)", lambda: [1].remove(2))
run("{1}.remove(2)", lambda: {1}.remove(2))
run("next(iter([]))", lambda: next(iter([])))
run("min([])", lambda: min([]))
run("chr(-5)", lambda: chr(-5))
run("import", lambda: __import__("no_such_module_xyz"))
run("a, b = 1, 2, 3", lambda: exec_free_unpack())
run("range('a')", lambda: range("a"))
run("dict(1)", lambda: dict(1))
run("set([[]])", lambda: set([[]]))
run("sum(['a'])", lambda: sum(["a", "b"]))
run("sum([[1]], 0)", lambda: sum([[1]], 0))
run("'x' * 'y'", lambda: "x" * "y")
run("2 ** 'a'", lambda: 2 ** "a")
run("[] < 1", lambda: [] < 1)
run("hash({})", lambda: hash({}))
run("int([1])", lambda: int([1]))
run("abs('x')", lambda: abs("x"))
run("round('x')", lambda: round("x"))
run("ord(1)", lambda: ord(1))
run("getattr(1, 'z')", lambda: getattr(1, "z"))
run("delattr", lambda: delattr(Foo(), "attr"))
