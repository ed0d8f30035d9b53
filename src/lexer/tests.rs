//! Lexer tests: tokens of representative snippets, layout, and every error with the
//! (line, column) CPython 3.11 reports for it (`ast.parse(src)` -> `e.lineno, e.offset`).

use super::Lexer;
use super::token::{FField, FPart, LexError, SyntaxErrorKind, Tok};
use crate::source::SourceFile;
use Tok::*;

fn toks(src: &str) -> Vec<Tok> {
    Lexer::new(src)
        .map(|r| r.unwrap_or_else(|e| panic!("{src:?}: {e:?}")).1)
        .collect()
}

fn spans(src: &str) -> Vec<(usize, Tok, usize)> {
    Lexer::new(src).map(|r| r.unwrap()).collect()
}

fn name(s: &str) -> Tok {
    Name(s.into())
}

fn s(v: &str) -> Tok {
    Str(v.into())
}

fn lex_err(src: &str) -> LexError {
    for r in Lexer::new(src) {
        if let Err(e) = r {
            return e;
        }
    }
    panic!("{src:?}: expected an error")
}

/// (message, line, 1-based column) of the first error, as CPython reports them.
fn err(src: &str) -> (String, usize, usize) {
    let e = lex_err(src);
    let (line, col) = SourceFile::new("t.py", src).line_col(e.offset);
    (e.msg, line, col)
}

fn check_err(src: &str, msg: &str, line: usize, col: usize) {
    assert_eq!(err(src), (msg.to_string(), line, col), "{src:?}");
}

#[test]
fn simple_statements() {
    assert_eq!(toks("x = 1\n"), vec![name("x"), Equal, Int(1), Newline]);
    assert_eq!(toks("x = 1"), vec![name("x"), Equal, Int(1), Newline]);
    assert_eq!(toks(""), vec![]);
    assert_eq!(toks("\n\n# c\n   \n"), vec![]);
    assert_eq!(
        toks("print('hi', end=\"\")"),
        vec![
            name("print"),
            LPar,
            s("hi"),
            Comma,
            name("end"),
            Equal,
            s(""),
            RPar,
            Newline
        ]
    );
    assert_eq!(
        toks("def f(a, *b, **c) -> None: pass"),
        vec![
            Def,
            name("f"),
            LPar,
            name("a"),
            Comma,
            Star,
            name("b"),
            Comma,
            DoubleStar,
            name("c"),
            RPar,
            Arrow,
            None,
            Colon,
            Pass,
            Newline
        ]
    );
}

#[test]
fn spans_are_byte_offsets() {
    assert_eq!(
        spans("é = 'ü'\n"),
        vec![
            (0, name("é"), 2),
            (3, Equal, 4),
            (5, s("ü"), 9),
            (9, Newline, 10)
        ]
    );
    assert_eq!(spans("x"), vec![(0, name("x"), 1), (1, Newline, 1)]);
    assert_eq!(
        spans("\u{feff}x\r\n"),
        vec![(3, name("x"), 4), (4, Newline, 6)]
    );
}

#[test]
fn keywords_and_soft_keywords() {
    let src = "False None True and as assert async await break class continue def del elif \
               else except finally for from global if import in is lambda nonlocal not or \
               pass raise return try while with yield match case _ type";
    assert_eq!(
        toks(src),
        vec![
            False,
            None,
            True,
            And,
            As,
            Assert,
            Async,
            Await,
            Break,
            Class,
            Continue,
            Def,
            Del,
            Elif,
            Else,
            Except,
            Finally,
            For,
            From,
            Global,
            If,
            Import,
            In,
            Is,
            Lambda,
            Nonlocal,
            Not,
            Or,
            Pass,
            Raise,
            Return,
            Try,
            While,
            With,
            Yield,
            name("match"),
            name("case"),
            name("_"),
            name("type"),
            Newline
        ]
    );
    assert_eq!(
        toks("define iff Trueish"),
        vec![name("define"), name("iff"), name("Trueish"), Newline]
    );
}

#[test]
fn operators() {
    let src = "( ) [ ] { } : , ; . ... -> := @ + - * ** / // % | & ^ ~ << >> < > <= >= == != = \
               += -= *= /= //= %= @= &= |= ^= <<= >>= **=";
    assert_eq!(
        toks(src),
        vec![
            LPar,
            RPar,
            LSqb,
            RSqb,
            LBrace,
            RBrace,
            Colon,
            Comma,
            Semi,
            Dot,
            Ellipsis,
            Arrow,
            ColonEqual,
            At,
            Plus,
            Minus,
            Star,
            DoubleStar,
            Slash,
            DoubleSlash,
            Percent,
            Vbar,
            Amper,
            Circumflex,
            Tilde,
            LeftShift,
            RightShift,
            Less,
            Greater,
            LessEqual,
            GreaterEqual,
            EqEqual,
            NotEqual,
            Equal,
            PlusEqual,
            MinusEqual,
            StarEqual,
            SlashEqual,
            DoubleSlashEqual,
            PercentEqual,
            AtEqual,
            AmperEqual,
            VbarEqual,
            CircumflexEqual,
            LeftShiftEqual,
            RightShiftEqual,
            DoubleStarEqual,
            Newline
        ]
    );
    assert_eq!(toks("a..b"), vec![name("a"), Dot, Dot, name("b"), Newline]);
    assert_eq!(
        toks("x**-1"),
        vec![name("x"), DoubleStar, Minus, Int(1), Newline]
    );
    assert_eq!(
        toks("a<<=b>>c"),
        vec![
            name("a"),
            LeftShiftEqual,
            name("b"),
            RightShift,
            name("c"),
            Newline
        ]
    );
    assert_eq!(
        toks("1..real"),
        vec![Float(1.0), Dot, name("real"), Newline]
    );
    assert_eq!(toks("x.y"), vec![name("x"), Dot, name("y"), Newline]);
}

#[test]
fn unicode_identifiers() {
    assert_eq!(
        toks("café = 变量"),
        vec![name("café"), Equal, name("变量"), Newline]
    );
    assert_eq!(toks("defé ifü"), vec![name("defé"), name("ifü"), Newline]);
    assert_eq!(
        toks("_é a·b 𝔘 ℌ"),
        vec![name("_é"), name("a·b"), name("𝔘"), name("ℌ"), Newline]
    );
    // A number followed by a non-ASCII name: two tokens (the parser rejects them).
    assert_eq!(toks("1é"), vec![Int(1), name("é"), Newline]);
}

#[test]
fn numbers_in_context() {
    assert_eq!(
        toks("0x1F 0o17 0b101 1_000 1. .5 1e10 1E-3 3j 1.5J 10**20"),
        vec![
            Int(31),
            Int(15),
            Int(5),
            Int(1000),
            Float(1.0),
            Float(0.5),
            Float(1e10),
            Float(1e-3),
            Imag(3.0),
            Imag(1.5),
            Int(10),
            DoubleStar,
            Int(20),
            Newline
        ]
    );
    assert_eq!(
        toks("99999999999999999999"),
        vec![BigInt("99999999999999999999".parse().unwrap()), Newline]
    );
    assert_eq!(
        toks("1if x else 2"),
        vec![Int(1), If, name("x"), Else, Int(2), Newline]
    );
    assert_eq!(toks("0xfor"), vec![Int(15), Or, Newline]);
}

#[test]
fn strings() {
    assert_eq!(
        toks(r#"'a' "b" '''c''' """d""" r'\n' R"\d" u'x' U"y""#),
        vec![
            s("a"),
            s("b"),
            s("c"),
            s("d"),
            s("\\n"),
            s("\\d"),
            s("x"),
            s("y"),
            Newline
        ]
    );
    assert_eq!(
        toks(r#"b'a\x00' B"\n" br'\n' Rb"\x" bR'z' rB'w'"#),
        vec![
            Bytes(b"a\0".to_vec()),
            Bytes(b"\n".to_vec()),
            Bytes(b"\\n".to_vec()),
            Bytes(b"\\x".to_vec()),
            Bytes(b"z".to_vec()),
            Bytes(b"w".to_vec()),
            Newline
        ]
    );
    assert_eq!(toks("'''a\nb\r\nc'''"), vec![s("a\nb\nc"), Newline]);
    assert_eq!(toks("'a\\\nb'"), vec![s("ab"), Newline]);
    assert_eq!(
        toks(r#"'it\'s' "say \"hi\"""#),
        vec![s("it's"), s("say \"hi\""), Newline]
    );
    assert_eq!(toks(r"'\d\w'"), vec![s("\\d\\w"), Newline]);
    assert_eq!(toks(r"'\N{EM DASH}\N{SNOWMAN}'"), vec![s("—☃"), Newline]);
    assert_eq!(toks(r"'\ud800'"), vec![s("\u{fffd}"), Newline]);
    // Not prefixes: a name, then a string.
    assert_eq!(toks("ub'a'"), vec![name("ub"), s("a"), Newline]);
    assert_eq!(toks("fb'a'"), vec![name("fb"), s("a"), Newline]);
    assert_eq!(toks("if'a'"), vec![If, s("a"), Newline]);
    // Strings spanning lines do not end the logical line.
    assert_eq!(
        toks("x = '''\n\n'''\ny"),
        vec![name("x"), Equal, s("\n\n"), Newline, name("y"), Newline]
    );
}

fn field(start: u32, end: u32) -> FField {
    FField {
        expr_start: start,
        expr_end: end,
        debug_text: Option::None,
        conversion: Option::None,
        spec: Option::None,
    }
}

#[test]
fn fstrings() {
    assert_eq!(
        toks("f'a{x}b'"),
        vec![
            FString(vec![
                FPart::Lit("a".into()),
                FPart::Field(field(4, 5)),
                FPart::Lit("b".into())
            ]),
            Newline
        ]
    );
    let mut f = field(7, 9);
    f.debug_text = Some("x = ".into());
    f.conversion = Some('r');
    assert_eq!(
        toks("y = F'{x = }'"),
        vec![name("y"), Equal, FString(vec![FPart::Field(f)]), Newline]
    );

    let mut f = field(4, 5);
    f.conversion = Some('r');
    f.spec = Some(vec![FPart::Lit(">".into()), FPart::Field(field(10, 15))]);
    assert_eq!(
        toks("rf'{x!r:>{width}}'"),
        vec![FString(vec![FPart::Field(f)]), Newline]
    );

    // The field expression can be lexed with new_expr, keeping absolute offsets.
    let src = "f'''{ a +\n b['k'] }'''";
    let Tok::FString(parts) = &toks(src)[0] else {
        panic!()
    };
    let FPart::Field(f) = &parts[0] else { panic!() };
    let inner: Vec<_> = Lexer::new_expr(src, f.expr_start as usize, f.expr_end as usize)
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(
        inner,
        vec![
            (6, name("a"), 7),
            (8, Plus, 9),
            (11, name("b"), 12),
            (12, LSqb, 13),
            (13, s("k"), 16),
            (16, RSqb, 17),
        ]
    );
    // Nested f-string inside a field.
    let src = "f'{f\"{x}\"}'";
    let Tok::FString(parts) = &toks(src)[0] else {
        panic!()
    };
    let FPart::Field(f) = &parts[0] else { panic!() };
    let inner: Vec<_> = Lexer::new_expr(src, f.expr_start as usize, f.expr_end as usize)
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(inner, vec![FString(vec![FPart::Field(field(6, 7))])]);
    // new_expr never panics on bad offsets.
    assert_eq!(Lexer::new_expr("é", 1, 99).count(), 1);
}

#[test]
fn indentation() {
    let src = "if a:\n    b\n    if c:\n        d\n\n  # comment\n        e\nf\n";
    assert_eq!(
        toks(src),
        vec![
            If,
            name("a"),
            Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            If,
            name("c"),
            Colon,
            Newline,
            Indent,
            name("d"),
            Newline,
            name("e"),
            Newline,
            Dedent,
            Dedent,
            name("f"),
            Newline
        ]
    );
    // Dedent to several levels at once, and at end of input without a newline.
    let src = "class A:\n  def f():\n    if x:\n      y\n  z\nw";
    assert_eq!(
        toks(src),
        vec![
            Class,
            name("A"),
            Colon,
            Newline,
            Indent,
            Def,
            name("f"),
            LPar,
            RPar,
            Colon,
            Newline,
            Indent,
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent,
            Dedent,
            name("z"),
            Newline,
            Dedent,
            name("w"),
            Newline
        ]
    );
    assert_eq!(
        toks("if x:\n  y"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("if x:\n  y\n\n   \n# c"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent
        ]
    );
    // Tabs count to the next multiple of 8; a mix that agrees both ways is fine.
    assert_eq!(
        toks("if x:\n\ty\n\tz\n"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("z"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("if x:\n \t pass\n"),
        vec![If, name("x"), Colon, Newline, Indent, Pass, Newline, Dedent]
    );
    // Form feed resets the column.
    assert_eq!(
        toks("while 1:\n  \x0c  x\n"),
        vec![
            While,
            Int(1),
            Colon,
            Newline,
            Indent,
            name("x"),
            Newline,
            Dedent
        ]
    );
    // CRLF and CR line endings.
    assert_eq!(
        toks("if x:\r\n  y\r\nz\r"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent,
            name("z"),
            Newline
        ]
    );
    // INDENT spans the leading whitespace (CPython's "unexpected indent" caret is on
    // its last character); DEDENT is empty, at the first token of the line.
    assert_eq!(
        spans("if x:\n  y\nz"),
        vec![
            (0, If, 2),
            (3, name("x"), 4),
            (4, Colon, 5),
            (5, Newline, 6),
            (6, Indent, 8),
            (8, name("y"), 9),
            (9, Newline, 10),
            (10, Dedent, 10),
            (10, name("z"), 11),
            (11, Newline, 11),
        ]
    );
    // An indented first line gives INDENT; the parser reports "unexpected indent".
    assert_eq!(toks("  x\n"), vec![Indent, name("x"), Newline, Dedent]);
}

#[test]
fn line_joining() {
    assert_eq!(
        toks("x = (1 +\n  2)\ny = [\n# c\n 3,\n\n]\n"),
        vec![
            name("x"),
            Equal,
            LPar,
            Int(1),
            Plus,
            Int(2),
            RPar,
            Newline,
            name("y"),
            Equal,
            LSqb,
            Int(3),
            Comma,
            RSqb,
            Newline
        ]
    );
    assert_eq!(toks("x = \\\n  1"), vec![name("x"), Equal, Int(1), Newline]);
    assert_eq!(
        toks("x = 1 ; \\\n\n"),
        vec![name("x"), Equal, Int(1), Semi, Newline]
    );
    assert_eq!(
        toks("x = 'a'\\\n'b'"),
        vec![name("x"), Equal, s("a"), s("b"), Newline]
    );
    assert_eq!(toks("\\\nx"), vec![name("x"), Newline]);
    assert_eq!(
        toks("x = 1 # c\\\ny"),
        vec![name("x"), Equal, Int(1), Newline, name("y"), Newline]
    );
    // A continuation inside the indentation: the first one fixes the level.
    assert_eq!(
        toks("if x:\n  \\\n  y\n  z\n"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            name("z"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("if x:\n    \\\n  y\n"),
        vec![
            If,
            name("x"),
            Colon,
            Newline,
            Indent,
            name("y"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn deep_brackets() {
    // CPython allows 200 open brackets and rejects the 201st; 10,000 must not crash.
    let ok = format!("x = {}{}", "(".repeat(200), ")".repeat(200));
    assert_eq!(toks(&ok).len(), 2 + 400 + 1);
    check_err(
        &format!("x = {}{}", "(".repeat(201), ")".repeat(201)),
        "too many nested parentheses",
        1,
        205,
    );
    let deep = "[".repeat(10_000);
    check_err(&deep, "too many nested parentheses", 1, 201);
    let deep = format!("{}{}", "(".repeat(10_000), ")".repeat(10_000));
    assert!(Lexer::new(&deep).any(|r| r.is_err()));
    // Deep indentation: 99 levels are fine, the 100th is an error.
    let mut src = String::new();
    for i in 0..99 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(99));
    src.push_str("pass\n");
    assert_eq!(toks(&src).iter().filter(|t| **t == Indent).count(), 99);
    let mut src = String::from("if x:\n");
    for i in 1..=100 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    check_err(&src, "too many levels of indentation", 101, 1);
}

#[test]
fn bracket_errors() {
    check_err(
        "(1, 2]",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        6,
    );
    check_err(
        "(1,\n2]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        2,
    );
    check_err("x = )", "unmatched ')'", 1, 5);
    check_err("x = (1,\n", "'(' was never closed", 1, 5);
    check_err("x = [1,\n(2,\n", "'(' was never closed", 2, 1);
    check_err("x = ((((", "'(' was never closed", 1, 8);
    check_err("(\n\\", "'(' was never closed", 1, 1);
    assert!(lex_err("x = (1,\n").incomplete);
    assert!(!lex_err("x = )").incomplete);
}

#[test]
fn indentation_errors() {
    let e = lex_err("if x:\n    a\n  b\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    check_err(
        "if x:\n    a\n  b\n",
        "unindent does not match any outer indentation level",
        3,
        4,
    );
    check_err(
        "if x:\n    a\n  bcd  # c\n",
        "unindent does not match any outer indentation level",
        3,
        11,
    );
    check_err(
        "if x:\n\tif y:\n\t\tpass\n\t    pass\n",
        "unindent does not match any outer indentation level",
        4,
        10,
    );
    let tab = "inconsistent use of tabs and spaces in indentation";
    assert_eq!(
        lex_err("if x:\n\ta\n        b\n").kind,
        SyntaxErrorKind::TabError
    );
    check_err("if x:\n\ta\n        b\n", tab, 3, 1);
    check_err("if x:\n        a\n\tb\n", tab, 3, 1);
    check_err("if x:\n\tpass\n        pass\n", tab, 3, 1);
}

#[test]
fn continuation_errors() {
    check_err(
        "x = 1 \\ y",
        "unexpected character after line continuation character",
        1,
        8,
    );
    check_err(
        "x = [1 \\ ]",
        "unexpected character after line continuation character",
        1,
        9,
    );
    check_err("x = 1 \\", "unexpected EOF while parsing", 1, 8);
    check_err("x = 1 \\\n", "unexpected EOF while parsing", 1, 8);
    check_err("if x:\n  y\n \\\n", "unexpected EOF while parsing", 3, 3);
    assert!(lex_err("x = 1 \\\n").incomplete);
}

#[test]
fn string_errors() {
    check_err(
        "x = 'abc",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = rb'abc",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = 'abc\ny = 2",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = \"abc\\\ndef",
        "unterminated string literal (detected at line 2)",
        1,
        5,
    );
    check_err(
        "x=[\n'a\nb']",
        "unterminated string literal (detected at line 2)",
        2,
        1,
    );
    check_err(
        "x = 'ab\\'",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = 'a\\\n",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = '''abc\n\n",
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        5,
    );
    check_err(
        "x = f'''abc",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "'''\n\n\nabc",
        "unterminated triple-quoted string literal (detected at line 4)",
        1,
        1,
    );
    check_err(
        "a = 'b' '''c",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        9,
    );
    check_err(
        "x = 1\r\ny = '\r\n",
        "unterminated string literal (detected at line 2)",
        2,
        5,
    );
    assert!(lex_err("x = '''abc\n").incomplete);
    assert!(!lex_err("x = 'abc\n").incomplete);
    assert!(lex_err("x = 'abc\\\n").incomplete);

    let ue = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
    check_err(
        "x = '\\N{FOO}'",
        &format!("{ue} 0-6: unknown Unicode character name"),
        1,
        14,
    );
    check_err(
        "x = 'é\\N{FOO}'",
        &format!("{ue} 10-16: unknown Unicode character name"),
        1,
        15,
    );
    check_err(
        "x = '\\x4'",
        &format!("{ue} 0-2: truncated \\xXX escape"),
        1,
        10,
    );
    check_err(
        "x = 'ab\\u12'",
        &format!("{ue} 2-5: truncated \\uXXXX escape"),
        1,
        13,
    );
    check_err(
        "x = '\\U00110000'",
        &format!("{ue} 0-9: illegal Unicode character"),
        1,
        17,
    );
    check_err(
        "x = '\\N'",
        &format!("{ue} 0-1: malformed \\N character escape"),
        1,
        9,
    );
    check_err(
        "x = b'\\x4'",
        "(value error) invalid \\x escape at position 0",
        1,
        11,
    );
    check_err(
        "x = b'é'",
        "bytes can only contain ASCII literal characters",
        1,
        5,
    );
}

#[test]
fn fstring_errors() {
    // CPython reports these at the end of the string token.
    check_err("x = f'{}'", "f-string: empty expression not allowed", 1, 10);
    check_err("x = f'}'", "f-string: single '}' is not allowed", 1, 9);
    check_err("x = f'{x'", "f-string: expecting '}'", 1, 10);
    check_err(
        "x = f'{\\n}'",
        "f-string expression part cannot include a backslash",
        1,
        12,
    );
    check_err(
        "x = f'{x!z}'",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        13,
    );
    check_err(
        "x = f'{x:{y:{z}}}'",
        "f-string: expressions nested too deeply",
        1,
        19,
    );
    check_err("x = f'{x)}'", "f-string: unmatched ')'", 1, 12);
}

#[test]
fn token_errors() {
    check_err("a $ b", "invalid syntax", 1, 3);
    check_err("a ? b", "invalid syntax", 1, 3);
    check_err("a ! b", "invalid syntax", 1, 3);
    check_err("x = `", "invalid syntax", 1, 5);
    check_err("x = €", "invalid character '€' (U+20AC)", 1, 5);
    check_err("x = a€b", "invalid character '€' (U+20AC)", 1, 6);
    check_err("x = ∞", "invalid character '∞' (U+221E)", 1, 5);
    check_err("x = ·", "invalid character '·' (U+00B7)", 1, 5);
    check_err("x = 1·", "invalid character '·' (U+00B7)", 1, 6);
    check_err("x = \u{a0}", "invalid non-printable character U+00A0", 1, 5);
    check_err(
        "x = \u{200b}",
        "invalid non-printable character U+200B",
        1,
        5,
    );
    check_err(
        "x = a\u{200b}b",
        "invalid non-printable character U+200B",
        1,
        6,
    );
    check_err(
        "x = \u{2028}",
        "invalid non-printable character U+2028",
        1,
        5,
    );
    check_err(
        "x = \u{feff}1",
        "invalid non-printable character U+FEFF",
        1,
        5,
    );
    check_err("x = \x01", "invalid non-printable character U+0001", 1, 5);
    check_err(
        "x = ' '\ty = \x0b",
        "invalid non-printable character U+000B",
        1,
        13,
    );
    assert_eq!(
        lex_err("x = 'a\0b'").msg,
        "source code string cannot contain null bytes"
    );
}

#[test]
fn number_errors_in_context() {
    let lz = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    check_err("x = 1abc", "invalid decimal literal", 1, 5);
    check_err("x = 1_", "invalid decimal literal", 1, 6);
    check_err("x = 0x", "invalid hexadecimal literal", 1, 6);
    check_err("x = 0b2", "invalid digit '2' in binary literal", 1, 7);
    check_err("x = 0o8", "invalid digit '8' in octal literal", 1, 7);
    check_err("x = 0o", "invalid octal literal", 1, 6);
    check_err("x = 0b", "invalid binary literal", 1, 6);
    check_err("x = 012", lz, 1, 5);
    check_err("x = 1jx", "invalid imaginary literal", 1, 6);
    check_err("x = 1.5_", "invalid decimal literal", 1, 8);
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "\u{feff}",
        "\\",
        "'",
        "\"\"\"",
        "f'{",
        "f'{'",
        "0x",
        "1e",
        "\r",
        "\r\r\n",
        "\t\x0c\\\r\n",
        "é",
        "\u{10ffff}",
        "b'\\",
        "'\\N{",
        "f'\\N{",
        "((]",
        "}",
        "x = '\\\r",
        "if x:\n\t \x0c",
        "f'{x!é}'",
        "f'{é=}'",
        "rf'\\{x}'",
        "f'\\'",
        "'\\U0010ffff'",
        "'\\777'",
        "0b1_",
        ".",
        "..",
    ];
    for src in inputs {
        let _ = Lexer::new(src).count();
        for i in 0..=src.len() {
            let _ = Lexer::new_expr(src, i, src.len()).count();
        }
    }
}

#[test]
fn parser_phase_errors_yield_to_tokenizer_errors() {
    // String errors are placed at the token after the concatenated strings...
    check_err(
        "x = f'{}'  # comment\n",
        "f-string: empty expression not allowed",
        1,
        12,
    );
    check_err(
        "x = (f'{}'\n, 1)",
        "f-string: empty expression not allowed",
        2,
        1,
    );
    check_err(
        "x = f'{}' 'a' \\\n + 1",
        "f-string: empty expression not allowed",
        2,
        2,
    );
    check_err(
        "x = f'{}' f'{'",
        "f-string: empty expression not allowed",
        1,
        15,
    );
    check_err(
        "x = f'{}'\nif x:\n  y\n z\n",
        "f-string: empty expression not allowed",
        1,
        10,
    );
    check_err(
        "x = f'{}' + (\n",
        "f-string: empty expression not allowed",
        1,
        11,
    );
    let ue = "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name";
    check_err("x = '\\N{X}' $", ue, 1, 13);
    // ... and give way to an error lexing that token, or a tokenizer error later on.
    check_err("x = f'{}' 1abc", "invalid decimal literal", 1, 11);
    check_err("x = b'é' 1abc", "invalid decimal literal", 1, 10);
    check_err("x = f'{}' + 1abc", "invalid decimal literal", 1, 13);
    check_err(
        "x = f'{}' + 'abc",
        "unterminated string literal (detected at line 1)",
        1,
        13,
    );
    // The same for "invalid syntax" at a stray character.
    check_err("x = 1 $ 1abc", "invalid decimal literal", 1, 9);
    check_err("`) ", "unmatched ')'", 1, 2);
    check_err("x $ \\ y", "invalid syntax", 1, 3);
    check_err("( $\n", "invalid syntax", 1, 3);
    check_err("$ (\n", "invalid syntax", 1, 1);
    check_err("$\n(\n", "invalid syntax", 1, 1);
    check_err("(\n$\n", "'(' was never closed", 1, 1);

    // The parser applies the same rule to its own errors.
    use super::tokenizer_error_after_parse_error as after;
    assert_eq!(
        after("x = = 1\ny = 1abc", 4).unwrap().msg,
        "invalid decimal literal"
    );
    assert_eq!(after("x = = 1\n(", 4), Option::None);
    assert_eq!(after("x = = 1\nif x:\n    a\n  b\n", 4), Option::None);
    assert_eq!(
        after("(\nx = = 1\n", 6).unwrap().msg,
        "'(' was never closed"
    );
    assert_eq!(after("x = = f'{}'", 4), Option::None);
}

#[test]
fn errors_inside_fstring_expressions() {
    // Found when the f-string is lexed, before later problems in the same f-string, and
    // placed on the offending character (CPython 3.11 gives a column relative to the
    // expression text instead).
    check_err("x = 1\nf'{9x:{y}}'", "invalid decimal literal", 2, 4);
    check_err("f'{x!r:>{€}'", "invalid character '€' (U+20AC)", 1, 10);
    check_err(
        "f'{x:{y\u{a0}}}'",
        "invalid non-printable character U+00A0",
        1,
        8,
    );
    check_err("f'{f\"{1_}\"}'", "invalid decimal literal", 1, 8);
    check_err(
        "f'{b\"é\"}'",
        "bytes can only contain ASCII literal characters",
        1,
        4,
    );
    // A later tokenizer error still wins; a stray `$` is left to the parser.
    check_err("f'{9x}' + 1abc", "invalid decimal literal", 1, 11);
    assert_eq!(toks("f'{$}'").len(), 2);
}
