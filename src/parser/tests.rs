//! Unit tests for the parser: AST shapes, precedence, spans and error messages.

use super::*;
use crate::ast::*;

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

#[test]
fn smoke() {
    let m = p("x = 1\n");
    assert_eq!(m.body.len(), 1);
    let e = perr("x = = 1\n");
    assert_eq!(e.msg, "invalid syntax");
}
