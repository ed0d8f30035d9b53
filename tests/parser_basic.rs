//! Integration tests for `garter::parser`: every seed program parses, and pathological
//! nesting is a `SyntaxError`, never a stack overflow.

use garter::parser::{SyntaxError, parse};
use garter::source::SourceFile;

fn parse_text(text: &str) -> Result<garter::ast::Module, SyntaxError> {
    parse(&SourceFile::new("t.py", text))
}

#[test]
fn seed_programs_parse() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parse/seed");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let text = std::fs::read_to_string(&path).unwrap();
            let file = SourceFile::new(path.display().to_string(), text);
            if let Err(e) = parse(&file) {
                panic!("{}:\n{e}", path.display());
            }
            n += 1;
        }
    }
    assert!(n > 0, "no seed programs found");
}

fn expect_error(text: &str, msg: &str) {
    match parse_text(text) {
        Ok(_) => panic!("parsed a pathological program ({} bytes)", text.len()),
        Err(e) => assert!(
            e.msg.ends_with(msg),
            "{:?} at {}:{} for {:?}",
            e.msg,
            e.line,
            e.col,
            &text[..text.len().min(40)]
        ),
    }
}

#[test]
fn ten_thousand_parentheses() {
    let text = format!("x = {}1{}\n", "(".repeat(10_000), ")".repeat(10_000));
    expect_error(&text, "too many nested parentheses");
    let text = format!("x = {}\n", "[".repeat(10_000));
    expect_error(&text, "too many nested parentheses");
}

#[test]
fn thousand_nested_blocks() {
    let mut text = String::new();
    for i in 0..1000 {
        text.push_str(&" ".repeat(i));
        text.push_str("if x:\n");
    }
    text.push_str(&" ".repeat(1000));
    text.push_str("pass\n");
    expect_error(&text, "too many levels of indentation");
    let mut loops = String::new();
    for i in 0..30 {
        loops.push_str(&" ".repeat(i));
        loops.push_str("for x in y:\n");
    }
    loops.push_str(&" ".repeat(30));
    loops.push_str("pass\n");
    expect_error(&loops, "too many statically nested blocks");
}

/// Deep trees need no brackets; CPython gives up past about a thousand levels.
#[test]
fn deep_expressions_without_brackets() {
    let n = 100_000;
    let cases = [
        format!("x = {}1\n", "-".repeat(n)),
        format!("x = {}1\n", "not ".repeat(n)),
        format!("x = a{}\n", ".b".repeat(n)),
        format!("x = a{}\n", "()".repeat(n)),
        format!("x = a{}\n", "[0]".repeat(n)),
        format!("x = 1{}\n", "+1".repeat(n)),
        format!("x = 1{}\n", "**1".repeat(n)),
        format!("x = {}1\n", "lambda: ".repeat(n)),
        format!("x = 1{}\n", " if 1 else 1".repeat(n)),
        format!("if a: pass\n{}", "elif a: pass\n".repeat(n)),
        format!("x = f'{{{}}}'\n", "-".repeat(n)),
    ];
    for text in &cases {
        expect_error(text, "too many nested expressions");
    }
}

/// What CPython accepts (up to about 3,000 levels) we accept too, within a test thread's stack.
/// Measures stack use: `PROBE=neg:1000:512 cargo test --test parser_basic stack_probe -- --ignored`
/// parses 1,000 nested `-` on a 512 KB thread (it aborts if the stack is too small).
#[test]
#[ignore]
fn stack_probe() {
    let spec = std::env::var("PROBE").unwrap_or_else(|_| "neg:1000:2048".into());
    let parts: Vec<&str> = spec.split(':').collect();
    let depth: usize = parts[1].parse().unwrap();
    let stack_kb: usize = parts[2].parse().unwrap();
    let text = match parts[0] {
        "neg" => format!("x = {}1\n", "-".repeat(depth)),
        "plus" => format!("x = 1{}\n", "+1".repeat(depth)),
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(depth)),
        "elif" => format!("if a: pass\n{}", "elif a: pass\n".repeat(depth)),
        "attr" => format!("x = a{}\n", ".b".repeat(depth)),
        "call" => format!("x = a{}\n", "()".repeat(depth)),
        "paren" => format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth)),
        _ => panic!("unknown probe"),
    };
    let ok = std::thread::Builder::new()
        .stack_size(stack_kb * 1024)
        .spawn(move || parse_text(&text).is_ok())
        .unwrap()
        .join()
        .unwrap();
    eprintln!("PROBE {spec} parsed={ok}");
}

#[test]
fn thousand_levels_are_fine() {
    let cases = [
        format!("x = {}1\n", "-".repeat(1000)),
        format!("x = 1{}\n", "+1".repeat(1000)),
        format!("x = 0{}\n", " + 1".repeat(2900)),
        format!("x = {}1\n", "lambda: ".repeat(1000)),
        format!("if a: pass\n{}", "elif a: pass\n".repeat(1000)),
        format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)),
    ];
    for text in &cases {
        if let Err(e) = parse_text(text) {
            panic!("{e}");
        }
    }
}

/// A small deterministic fuzzer (the real one is `fuzz/`, which needs cargo-fuzz): random
/// byte-level edits of valid and invalid programs must never panic the front end.
/// `GARTER_FUZZ_ITERS=100000 GARTER_FUZZ_SEED=7` runs longer, elsewhere.
#[test]
fn mutated_programs_never_panic() {
    let iters: usize = std::env::var("GARTER_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let mut seeds: Vec<String> = Vec::new();
    let cases = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/parser_errors.txt"
    ))
    .unwrap();
    for chunk in cases.split("\n=== ").skip(1) {
        let body: String = chunk
            .lines()
            .skip(1)
            .take_while(|l| !l.starts_with("--- "))
            .collect::<Vec<_>>()
            .join("\n");
        if body.len() < 2000 {
            seeds.push(body);
        }
    }
    let seed_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/parse/seed");
    for entry in std::fs::read_dir(seed_dir).unwrap() {
        seeds.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "lambda", "yield",
        "await", "*", "**", "f'{", "}'", "'", "\"\"\"", "if", "else", "for", "in", "not", "async",
        "def", "class", "with", "as", ":=", "\\\n", "#", "@", ".", "1", "x", "return", "global",
        "nonlocal", "del", "try:", "except", "finally:", "->", "/", ";",
    ];
    let seed: u64 = std::env::var("GARTER_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15 ^ seed.wrapping_mul(0x2545_f491_4f6c_dd1d);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for _ in 0..iters {
        let mut text = seeds[(next() % seeds.len() as u64) as usize].clone();
        for _ in 0..1 + next() % 4 {
            let mut at = (next() % (text.len() as u64 + 1)) as usize;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match next() % 3 {
                0 => text.insert_str(at, pieces[(next() % pieces.len() as u64) as usize]),
                1 => {
                    let mut end = (at + 1 + (next() % 8) as usize).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => {
                    let piece = pieces[(next() % pieces.len() as u64) as usize];
                    text.insert_str(at, &piece.repeat(1 + (next() % 300) as usize));
                }
            }
        }
        let result = std::panic::catch_unwind(|| {
            let src = SourceFile::new("fuzz.py", text.clone());
            if let Err(e) = parse(&src) {
                let _ = e.to_string();
            }
            let _ = garter::parser::parse_expression(&src).map_err(|e| e.to_string());
        });
        assert!(result.is_ok(), "panic on input {text:?}");
    }
}

/// Large but ordinary inputs stay linear: a 200,000-item list, a 100,000-term string
/// concatenation across lines, and an error at the end of a long line.
#[test]
fn large_inputs_are_linear() {
    let t = std::time::Instant::now();
    let list = format!("x = [{}]\n", "1, ".repeat(200_000));
    parse_text(&list).unwrap();
    let concat = format!("x = (\n{})\n", "    'abc'\n".repeat(100_000));
    parse_text(&concat).unwrap();
    let bad = format!("x = [{} 1 2]\n", "1, ".repeat(200_000));
    assert!(parse_text(&bad).is_err());
    let elapsed = t.elapsed();
    assert!(elapsed.as_secs() < 20, "took {elapsed:?}");
}
