//! Unit tests for the parser: AST shapes, precedence, spans and error messages.

use super::*;
use crate::ast::*;
use crate::parser::dump::dump_module;
use crate::source::Span;

fn p(text: &str) -> Module {
    parse(&SourceFile::new("t.py", text)).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn perr(text: &str) -> SyntaxError {
    match parse(&SourceFile::new("t.py", text)) {
        Ok(m) => panic!("{text:?} parsed: {m:?}"),
        Err(e) => e,
    }
}

/// Debugging aid: `GARTER_PARSE=file.py cargo test dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    let path = std::env::var("GARTER_PARSE").expect("set GARTER_PARSE");
    let text = std::fs::read_to_string(&path).unwrap();
    match parse(&SourceFile::new(path.clone(), text)) {
        Ok(m) => println!("{m:#?}"),
        Err(e) => println!("{e}\n{e:?}"),
    }
}

/// The printed form matches `python3 bad.py` (the files of this test were run through
/// CPython 3.11 to get the expected text).
#[test]
fn display_like_cpython() {
    let cases: &[(&str, &str)] = &[
        (
            "x = 1\nf(a b)\n",
            "  File \"t.py\", line 2\n    f(a b)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?",
        ),
        (
            "x = 1\n    y = 2\n",
            "  File \"t.py\", line 2\n    y = 2\nIndentationError: unexpected indent",
        ),
        (
            "if x:\npass\n",
            "  File \"t.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1",
        ),
        (
            "if x = 1:\n    pass\n",
            "  File \"t.py\", line 1\n    if x = 1:\n       ^^^^^\nSyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        ),
        (
            "x = (1,\ny = 2\n",
            "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed",
        ),
        (
            "def f():\n  return 1\n  x = 1 +\n",
            "  File \"t.py\", line 3\n    x = 1 +\n           ^\nSyntaxError: invalid syntax",
        ),
        (
            "x = 1 +  # c\n",
            "  File \"t.py\", line 1\n    x = 1 +  # c\n             ^^^\nSyntaxError: invalid syntax",
        ),
        (
            "f() = 1\n",
            "  File \"t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?",
        ),
        (
            "return 1\n",
            "  File \"t.py\", line 1\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(perr(src).to_string(), *want, "for {src:?}");
    }
}

/// (name, source, CPython 3.11's `ast.dump(ast.parse(source))`).
const SHAPES: &[(&str, &str, &str)] = &[
    (
        "neg_pow",
        "-2**2",
        "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])",
    ),
    (
        "pow_neg",
        "2**-1",
        "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])",
    ),
    (
        "pow_right",
        "a**b**c",
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[])",
    ),
    (
        "not_eq",
        "not a == b",
        "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])",
    ),
    (
        "ifexp_chain",
        "a if b else c if d else e",
        "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])",
    ),
    (
        "lambda_yield",
        "lambda: (yield)",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()))], type_ignores=[])",
    ),
    (
        "chained_cmp",
        "a < b <= c != d in e not in f is g is not h",
        "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq(), In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load())]))], type_ignores=[])",
    ),
    (
        "bool_flat",
        "a or b or c and d and e",
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), BoolOp(op=And(), values=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())])]))], type_ignores=[])",
    ),
    (
        "bool_paren",
        "(a or b) or c",
        "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])",
    ),
    (
        "slices",
        "a[1:2:3], a[::2], a[i, j], a[1:2, 3], a[:], a[*x]",
        "Module(body=[Expr(value=Tuple(elts=[Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='i', ctx=Load()), Name(id='j', ctx=Load())], ctx=Load()), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()), Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='x', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])",
    ),
    (
        "call_args",
        "f(a, *b, c=1, **d, e=2)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load())), keyword(arg='e', value=Constant(value=2))]))], type_ignores=[])",
    ),
    (
        "call_gen",
        "f(x for x in y if x)",
        "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0)])], keywords=[]))], type_ignores=[])",
    ),
    (
        "tuples",
        "x = 1,\ny = ()\nz = (1,)\nw = *a, b",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load())), Assign(targets=[Name(id='y', ctx=Store())], value=Tuple(elts=[], ctx=Load())), Assign(targets=[Name(id='z', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load())), Assign(targets=[Name(id='w', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])",
    ),
    (
        "displays",
        "[1, *a], {1, *a}, {1: 2, **d}, {}",
        "Module(body=[Expr(value=Tuple(elts=[List(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]), Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='d', ctx=Load())]), Dict(keys=[], values=[])], ctx=Load()))], type_ignores=[])",
    ),
    (
        "comps",
        "[x for x in y for z in x if z if w], {k: v for k, v in d}, (x for x in y)",
        "Module(body=[Expr(value=Tuple(elts=[ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=0)]), DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), ifs=[], is_async=0)]), GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], ctx=Load()))], type_ignores=[])",
    ),
    (
        "walrus",
        "if (n := len(a)) > 10: pass\nwhile x := f(): pass\nf(y := 1)\n[y for x in z if (y := x)]",
        "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[]), While(test=NamedExpr(target=Name(id='x', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[]), Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1))], keywords=[])), Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[NamedExpr(target=Name(id='y', ctx=Store()), value=Name(id='x', ctx=Load()))], is_async=0)]))], type_ignores=[])",
    ),
    (
        "strings",
        "x = 'a' 'b'\ny = b'a' b'b'\nz = f'a{b!r:>{w}}c' 'd'\nq = f'{x=}'\nr = f'{1, 2}'",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab')), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=b'ab')), Assign(targets=[Name(id='z', ctx=Store())], value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='cd')])), Assign(targets=[Name(id='q', ctx=Store())], value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Assign(targets=[Name(id='r', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()), conversion=-1)]))], type_ignores=[])",
    ),
    (
        "assign",
        "a = b = c\na, *b = c\n[a, b] = c\na.b = c[d] = e\nx += 1\nx: int = 1\n(y): int\nz.w: str",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), Subscript(value=Name(id='c', ctx=Load()), slice=Name(id='d', ctx=Load()), ctx=Store())], value=Name(id='e', ctx=Load())), AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='z', ctx=Load()), attr='w', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])",
    ),
    (
        "imports",
        "import a.b as c, d\nfrom a.b import x as y, z\nfrom . import (x, y,)\nfrom a import *\nfrom ..a import b\nfrom ... import c\nfrom .... a import d",
        "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')]), ImportFrom(module='a.b', names=[alias(name='x', asname='y'), alias(name='z')], level=0), ImportFrom(names=[alias(name='x'), alias(name='y')], level=1), ImportFrom(module='a', names=[alias(name='*')], level=0), ImportFrom(module='a', names=[alias(name='b')], level=2), ImportFrom(names=[alias(name='c')], level=3), ImportFrom(module='a', names=[alias(name='d')], level=4)], type_ignores=[])",
    ),
    (
        "control",
        "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\nwhile a:\n  break\nelse:\n  pass\nfor x in y:\n  continue\nelse:\n  pass",
        "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])]), While(test=Name(id='a', ctx=Load()), body=[Break()], orelse=[Pass()]), For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[])",
    ),
    (
        "try",
        "try:\n  pass\nexcept (A, B) as e:\n  pass\nexcept C:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass",
        "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])",
    ),
    (
        "with",
        "with a as b, c as d:\n  pass\nwith (a as b, c):\n  pass\nwith (a, b):\n  pass\nwith (a, b) as c:\n  pass\nwith (a):\n  pass",
        "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])",
    ),
    (
        "def",
        "@d1\n@d2.x(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n  return *a, b",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], decorator_list=[Name(id='d1', ctx=Load()), Call(func=Attribute(value=Name(id='d2', ctx=Load()), attr='x', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[])",
    ),
    (
        "def_annot",
        "def f(a: int, *b: str, c: 'x' = 1, **d: bool): pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Constant(value='x'))], kw_defaults=[Constant(value=1)], kwarg=arg(arg='d', annotation=Name(id='bool', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])",
    ),
    (
        "lambda_full",
        "lambda a, b=1, /, c=2, *args, d, e=3, **kw: 0\nlambda *, a: a\nlambda: 0",
        "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])",
    ),
    (
        "class",
        "@dec\nclass A(B, C, metaclass=M, **kw):\n  x = 1",
        "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[])",
    ),
    (
        "async",
        "async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\n  return [await y async for y in z]",
        "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Name(id='x', ctx=Load()))), AsyncFor(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), Return(value=ListComp(elt=Await(value=Name(id='y', ctx=Load())), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])",
    ),
    (
        "yields",
        "def g():\n  yield\n  yield x\n  yield from y\n  x = yield\n  x = yield 1, 2\n  await_ = (yield)",
        "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=YieldFrom(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield()), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))), Assign(targets=[Name(id='await_', ctx=Store())], value=Yield())], decorator_list=[])], type_ignores=[])",
    ),
    (
        "stmts",
        "del a, b[1], c.d\npass\nraise\nraise E\nraise E from F\nglobal g, h\nassert x\nassert x, 'm'\ndef f():\n  nonlocal_ = 1\n  return",
        "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=1), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())]), Pass(), Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load())), Global(names=['g', 'h']), Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m')), FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='nonlocal_', ctx=Store())], value=Constant(value=1)), Return()], decorator_list=[])], type_ignores=[])",
    ),
    (
        "semicolons",
        "a = 1; b = 2;\nif x: y = 1; z = 2",
        "Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=2)), If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])",
    ),
    (
        "numbers",
        "x = 1 + 2.5 + 3j + 0x10 + 1_000 + 10**100 + 1e10 + .5",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2.5)), op=Add(), right=Constant(value=3j)), op=Add(), right=Constant(value=16)), op=Add(), right=Constant(value=1000)), op=Add(), right=BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=100))), op=Add(), right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=0.5)))], type_ignores=[])",
    ),
    (
        "ellipsis",
        "x = ...\ny = a[..., 1]",
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis)), Assign(targets=[Name(id='y', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=Ellipsis), Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[])",
    ),
    (
        "unary",
        "-x, +x, ~x, not x, - - x",
        "Module(body=[Expr(value=Tuple(elts=[UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), UnaryOp(op=UAdd(), operand=Name(id='x', ctx=Load())), UnaryOp(op=Invert(), operand=Name(id='x', ctx=Load())), UnaryOp(op=Not(), operand=Name(id='x', ctx=Load())), UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())))], ctx=Load()))], type_ignores=[])",
    ),
    (
        "binops",
        "a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
        "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=BinOp(left=BinOp(left=Name(id='f', ctx=Load()), op=Add(), right=Name(id='g', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='h', ctx=Load()), op=Mult(), right=Name(id='i', ctx=Load())), op=Div(), right=Name(id='j', ctx=Load())), op=FloorDiv(), right=Name(id='k', ctx=Load())), op=Mod(), right=Name(id='l', ctx=Load())), op=MatMult(), right=Name(id='m', ctx=Load()))))))))], type_ignores=[])",
    ),
    (
        "attr_chain",
        "a.b.c(d)[e].f",
        "Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]), slice=Name(id='e', ctx=Load()), ctx=Load()), attr='f', ctx=Load()))], type_ignores=[])",
    ),
    (
        "decorator_expr",
        "@(lambda f: f)\ndef g(): pass\n@a[b].c\nclass C: pass",
        "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='f', ctx=Load()))]), ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[Attribute(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='b', ctx=Load()), ctx=Load()), attr='c', ctx=Load())])], type_ignores=[])",
    ),
    (
        "star_return",
        "def f():\n  return *a, *b\nfor x, *y in z: pass",
        "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], decorator_list=[]), For(target=Tuple(elts=[Name(id='x', ctx=Store()), Starred(value=Name(id='y', ctx=Store()), ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])",
    ),
];

#[test]
fn shapes_match_cpython() {
    for (name, src, want) in SHAPES {
        assert_eq!(dump_module(&p(src)), *want, "case {name}: {src:?}");
    }
}

#[test]
fn precedence() {
    // -2**2 is -(2**2).
    let m = p("-2**2\n");
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::UnaryOp {
        op: UnaryOp::USub,
        operand,
    } = &e.kind
    else {
        panic!("{e:?}")
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    // not a == b is not (a == b).
    let m = p("not a == b\n");
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::UnaryOp {
        op: UnaryOp::Not,
        operand,
    } = &e.kind
    else {
        panic!("{e:?}")
    };
    assert!(matches!(operand.kind, ExprKind::Compare { .. }));
}

#[test]
fn spans() {
    let m = p("if x:\n    y = f(a, b)  # c\n\nz = 1\n");
    assert_eq!(m.body[0].span, Span::new(0, 21));
    let StmtKind::If { body, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(body[0].span, Span::new(10, 21));
    let m = p("f(x for x in y)\n");
    let StmtKind::Expr(e) = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(args[0].span, Span::new(1, 15));
    // F-string fields carry absolute offsets.
    let m = p("x = f'ab{cd}'\n");
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!()
    };
    assert_eq!(value.span, Span::new(9, 11));
}

#[test]
fn expressions() {
    let e = parse_expression(&SourceFile::new("<e>", "  1 + 2, (x := 3)\n")).unwrap();
    assert_eq!(
        crate::parser::dump::dump_expr(&e),
        "Tuple(elts=[BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)), \
         NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=3))], ctx=Load())"
    );
    // As CPython's `eval`: (source, column of the error).
    for (src, col) in [
        ("x = 1", 3),
        ("", 1),
        ("x := 1", 3),
        ("*a, b", 1),
        ("yield", 1),
        ("1 2", 3),
    ] {
        match parse_expression(&SourceFile::new("<e>", src)) {
            Ok(e) => panic!("{src:?} parsed: {e:?}"),
            Err(e) => assert_eq!((e.msg.as_str(), e.col), ("invalid syntax", col), "{src:?}"),
        }
    }
}

#[test]
fn incomplete_inputs() {
    let open = [
        "if x:\n",
        "def f(\n",
        "x = (1,\n",
        "class A:",
        "try:\n  pass\n",
        "s = '''abc\n",
        "def f():\n    for x in y:\n",
        "class A:\n    def f(self):\n",
        "def f():\n    try:\n        pass\n",
    ];
    for src in open {
        let e = perr(src);
        assert!(e.incomplete, "{src:?} should be incomplete: {e}");
    }
    for src in [
        "x = 1 +\n",
        "x = = 1\n",
        "if x\n",
        "return 1\n",
        "f(a b)\n",
        "def f():\n    return 1 +\n",
        "def f():\n    if x\n",
    ] {
        let e = perr(src);
        assert!(!e.incomplete, "{src:?} should be complete: {e}");
    }
}

#[test]
#[ignore]
fn sizes() {
    use std::mem::size_of;
    eprintln!("Expr {}", size_of::<Expr>());
    eprintln!("ExprKind {}", size_of::<ExprKind>());
    eprintln!("Stmt {}", size_of::<Stmt>());
    eprintln!("ArgItem {}", size_of::<actions::ArgItem>());
    eprintln!("Param {}", size_of::<actions::Param>());
    eprintln!("Group {}", size_of::<actions::Group>());
    eprintln!("Brace {}", size_of::<actions::Brace>());
    eprintln!("Comprehension {}", size_of::<Comprehension>());
    eprintln!("ExceptHandler {}", size_of::<ExceptHandler>());
    eprintln!("WithItem {}", size_of::<WithItem>());
    eprintln!("Tok {}", size_of::<crate::lexer::token::Tok>());
    eprintln!("Arg {}", size_of::<Arg>());
}
