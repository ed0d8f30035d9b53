//! Differential test against CPython's own parser: every `.py` file of the local CPython
//! standard library must parse to exactly the tree `ast.dump(ast.parse(...))` prints.
//!
//! Needs `python3` (3.11) on PATH, so it is ignored by default; run it with
//! `cargo test --release --test parser_cpython_ast -- --ignored --nocapture`.
//! `GARTER_AST_DIR=dir` compares the files of another directory instead;
//! `GARTER_AST_POSITIONS=1` compares every node's position too.

use garter::parser::dump::{dump_module, dump_module_with_positions};
use garter::parser::parse;
use garter::source::SourceFile;
use std::process::Command;

const SCRIPT: &str = r#"
import ast, os, sys, glob, json
root = sys.argv[1]
POS = sys.argv[2] == "1"
if not root:
    root = os.path.dirname(ast.__file__)
files = sorted(glob.glob(os.path.join(root, "*.py")) + glob.glob(os.path.join(root, "*", "*.py")))
for f in files:
    try:
        src = open(f, encoding="utf-8").read()
        d = ast.dump(ast.parse(src), include_attributes=POS)
    except Exception:
        continue
    print(json.dumps([f, d]))
"#;

#[test]
#[ignore]
fn stdlib_matches_cpython() {
    let dir = std::env::var("GARTER_AST_DIR").unwrap_or_default();
    let positions = std::env::var_os("GARTER_AST_POSITIONS").is_some();
    let flag = if positions { "1" } else { "0" };
    let out = Command::new("python3")
        .args(["-c", SCRIPT, &dir, flag])
        .output()
        .expect("python3");
    let text = String::from_utf8(out.stdout).unwrap();
    let (mut same, mut differ, mut failed) = (0, 0, 0);
    for line in text.lines() {
        let (path, want) = parse_pair(line);
        let src = std::fs::read_to_string(&path).unwrap();
        let file = SourceFile::new(path.clone(), src);
        match parse(&file) {
            Ok(m) => {
                let got = if positions {
                    dump_module_with_positions(&m, &file)
                } else {
                    dump_module(&m)
                };
                if got == want {
                    same += 1;
                } else {
                    differ += 1;
                    let at = got
                        .chars()
                        .zip(want.chars())
                        .take_while(|(a, b)| a == b)
                        .count();
                    let from = at.saturating_sub(80);
                    eprintln!(
                        "DIFF {path}\n  got  ...{}\n  want ...{}",
                        snippet(&got, from),
                        snippet(&want, from)
                    );
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("FAIL {path}\n{e}");
            }
        }
    }
    eprintln!("{same} identical, {differ} different, {failed} rejected");
    assert_eq!(differ + failed, 0);
}

fn snippet(s: &str, from: usize) -> String {
    s.chars().skip(from).take(200).collect()
}

/// Decodes one `["path", "dump"]` JSON line (only the escapes `json.dumps` produces).
fn parse_pair(line: &str) -> (String, String) {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next().unwrap() {
                    'n' => s.push('\n'),
                    't' => s.push('\t'),
                    'r' => s.push('\r'),
                    'b' => s.push('\u{8}'),
                    'f' => s.push('\u{c}'),
                    'u' => {
                        let hex: String = (0..4).map(|_| chars.next().unwrap()).collect();
                        let mut cp = u32::from_str_radix(&hex, 16).unwrap();
                        if (0xd800..0xdc00).contains(&cp) {
                            chars.next();
                            chars.next();
                            let lo: String = (0..4).map(|_| chars.next().unwrap()).collect();
                            let lo = u32::from_str_radix(&lo, 16).unwrap();
                            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                        }
                        s.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    }
                    other => s.push(other),
                },
                c => s.push(c),
            }
        }
        out.push(s);
    }
    (out[0].clone(), out[1].clone())
}
