//! Syntax errors against CPython 3.11: every case in `tests/parser_errors.txt` must give
//! CPython's exception class, message, line and column.
//!
//! The expectations (`--- ` lines) were produced by CPython itself; regenerate them with
//! `GARTER_REGEN=1 cargo test --test parser_errors` (needs `python3` 3.11 on PATH).
//! A case whose name ends in `[gap]` is a known difference: it is reported, not failed.

use garter::parser::parse;
use garter::source::SourceFile;
use std::fmt::Write as _;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parser_errors.txt");

struct Case {
    name: String,
    src: String,
    expected: String,
}

fn load() -> (String, Vec<Case>) {
    let text = std::fs::read_to_string(DATA).expect("read cases");
    let mut header = String::new();
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.extend(cur.take());
            cur = Some(Case {
                name: name.to_string(),
                src: String::new(),
                expected: String::new(),
            });
        } else if let Some(exp) = line.strip_prefix("--- ") {
            if let Some(c) = cur.as_mut() {
                c.expected = exp.to_string();
            }
        } else if let Some(c) = cur.as_mut() {
            c.src.push_str(line);
            c.src.push('\n');
        } else {
            header.push_str(line);
            header.push('\n');
        }
    }
    cases.extend(cur);
    for c in &mut cases {
        if c.name.contains("[nonl]") {
            c.src.pop();
        }
    }
    (header, cases)
}

fn ours(src: &str) -> String {
    match parse(&SourceFile::new("t.py", src)) {
        Ok(_) => "OK".to_string(),
        Err(e) => format!(
            "{}: {} @ {}:{}{}",
            e.kind.name(),
            e.msg,
            e.line,
            e.col,
            if e.incomplete { " (incomplete)" } else { "" }
        ),
    }
}

const ORACLE: &str = r#"
import ast, sys
src = sys.stdin.read()
try:
    compile(src, "t.py", "exec", dont_inherit=True)
    print("OK")
except SyntaxError as e:
    print(f"{type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}")
"#;

fn cpython(src: &str) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("python3")
        .args(["-c", ORACLE])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(src.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn errors_match_cpython() {
    let (header, cases) = load();
    if std::env::var_os("GARTER_REGEN").is_some() {
        let mut out = header.clone();
        for c in &cases {
            let exp = cpython(&c.src);
            let mut src = c.src.clone();
            if !src.ends_with('\n') {
                src.push('\n');
            }
            write!(out, "=== {}\n{}--- {}\n", c.name, src, exp).unwrap();
        }
        std::fs::write(DATA, out).unwrap();
        return;
    }
    let mut failures = Vec::new();
    let mut gaps = Vec::new();
    for c in &cases {
        let got = ours(&c.src);
        let got_cmp = got.trim_end_matches(" (incomplete)");
        if got_cmp != c.expected {
            let line = format!(
                "{}:\n  src: {:?}\n  want {}\n  got  {}",
                c.name, c.src, c.expected, got
            );
            if c.name.contains("[gap]") {
                gaps.push(line);
            } else {
                failures.push(line);
            }
        }
    }
    for g in &gaps {
        eprintln!("known gap: {g}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
