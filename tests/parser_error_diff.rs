//! Differential error test against CPython: random single edits of real code (the local
//! CPython standard library) are compiled by both, and the verdicts compared. Reports how
//! often the class, message, line and column agree, and the most common disagreements.
//!
//! Needs `python3` 3.11; ignored by default. Run with
//! `cargo test --release --test parser_error_diff -- --ignored --nocapture`
//! (`GARTER_DIFF_N=2000` cases, `GARTER_DIFF_SEED=3`, `GARTER_DIFF_KEEP=1` keeps the files).

use garter::parser::parse;
use garter::source::SourceFile;
use std::collections::HashMap;
use std::process::Command;

const ORACLE: &str = r#"
import sys, json
for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    try:
        compile(src, "t.py", "exec", dont_inherit=True)
        print(json.dumps(["OK", "", 0, 0]))
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno or 0, e.offset or 0]))
    except Exception as e:
        print(json.dumps(["OTHER", type(e).__name__, 0, 0]))
"#;

#[test]
#[ignore]
fn errors_agree_with_cpython() {
    let n: usize = std::env::var("GARTER_DIFF_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let seed: u64 = std::env::var("GARTER_DIFF_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let lib = String::from_utf8(
        Command::new("python3")
            .args(["-c", "import os, ast; print(os.path.dirname(ast.__file__))"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let mut files: Vec<_> = std::fs::read_dir(lib.trim())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let mut rng = 0x9e37_79b9_7f4a_7c15u64 ^ seed.wrapping_mul(0x2545_f491_4f6c_dd1d);
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let pieces = [
        "(", ")", "[", "]", ":", ",", "=", "\n", "    ", "if", "else", "for", "in", "not", "def",
        "*", "**", ".", "1", "x", "return", "'", "lambda", "yield", ";", "@", "+", "==",
    ];
    let dir = std::env::temp_dir().join(format!("garter_error_diff_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut cases = Vec::new();
    while cases.len() < n {
        let path = &files[(next() % files.len() as u64) as usize];
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        // A window of about 40 lines keeps each case small.
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() < 50 {
            continue;
        }
        let from = (next() % (lines.len() as u64 - 40)) as usize;
        // Start at a line with no indentation so the window is a valid module.
        let Some(start) = (from..lines.len()).find(|&i| {
            !lines[i].starts_with([' ', '\t', '#', ')', ']', '}']) && !lines[i].is_empty()
        }) else {
            continue;
        };
        let mut window_lines: Vec<String> = lines[start..(start + 40).min(lines.len())]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // A quarter of the cases edit indentation instead: shift, delete or repeat a line.
        if next() % 4 == 0 {
            let l = (next() % window_lines.len() as u64) as usize;
            match next() % 4 {
                0 => window_lines[l].insert_str(0, &" ".repeat(1 + (next() % 4) as usize)),
                1 => {
                    let n = window_lines[l].len() - window_lines[l].trim_start().len();
                    window_lines[l].drain(..n.min(1 + (next() % 4) as usize));
                }
                2 => {
                    window_lines.remove(l);
                }
                _ => {
                    let dup = window_lines[l].clone();
                    window_lines.insert(l, dup);
                }
            }
            let mut window = window_lines.join("\n");
            window.push('\n');
            let p = dir.join(format!("case{}.py", cases.len()));
            std::fs::write(&p, &window).unwrap();
            cases.push((p, window));
            continue;
        }
        let mut window = window_lines.join("\n");
        window.push('\n');
        let mut at = (next() % window.len() as u64) as usize;
        while !window.is_char_boundary(at) {
            at -= 1;
        }
        match next() % 3 {
            0 => window.insert_str(at, pieces[(next() % pieces.len() as u64) as usize]),
            1 => {
                let mut end = (at + 1 + (next() % 3) as usize).min(window.len());
                while !window.is_char_boundary(end) {
                    end += 1;
                }
                window.replace_range(at..end, "");
            }
            _ => {
                let mut end = (at + 1).min(window.len());
                while !window.is_char_boundary(end) {
                    end += 1;
                }
                window.replace_range(at..end, pieces[(next() % pieces.len() as u64) as usize]);
            }
        }
        let p = dir.join(format!("case{}.py", cases.len()));
        std::fs::write(&p, &window).unwrap();
        cases.push((p, window));
    }
    let mut cmd = Command::new("python3");
    cmd.arg("-c").arg(ORACLE);
    for (p, _) in &cases {
        cmd.arg(p);
    }
    let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    let verdicts: Vec<&str> = out.lines().collect();
    assert_eq!(verdicts.len(), cases.len());
    let (mut errors, mut kind_msg, mut line, mut col, mut ok_both) = (0, 0, 0, 0, 0);
    let mut mismatches: HashMap<String, (usize, String)> = HashMap::new();
    for ((p, text), v) in cases.iter().zip(&verdicts) {
        // `["Kind", "message", line, col]`; the message may itself contain ", ".
        let inner = v.trim_matches(['[', ']']);
        let mut tail = inner.rsplitn(3, ", ");
        let ccol: usize = tail.next().unwrap().parse().unwrap_or(0);
        let cline: usize = tail.next().unwrap().parse().unwrap_or(0);
        let (ckind, cmsg) = tail.next().unwrap().split_once(", ").unwrap();
        let (ckind, cmsg) = (ckind.trim_matches('"'), cmsg.trim_matches('"'));
        let ours = parse(&SourceFile::new("t.py", text.clone()));
        match ours {
            Ok(_) if ckind == "OK" => ok_both += 1,
            Ok(_) => {
                errors += 1;
                let key = format!("we accept; CPython: {ckind}: {cmsg}");
                mismatches
                    .entry(key)
                    .or_insert((0, p.display().to_string()))
                    .0 += 1;
            }
            Err(e) if ckind == "OK" => {
                errors += 1;
                let key = format!("we reject ({}); CPython accepts", e.msg);
                mismatches
                    .entry(key)
                    .or_insert((0, p.display().to_string()))
                    .0 += 1;
            }
            Err(e) => {
                errors += 1;
                let same_msg = e.kind.name() == ckind && json_unescape(cmsg) == e.msg;
                kind_msg += usize::from(same_msg);
                line += usize::from(e.line == cline);
                col += usize::from(e.line == cline && e.col == ccol);
                if !same_msg || e.line != cline {
                    let key = format!(
                        "ours {}: {} | CPython {}: {}",
                        e.kind.name(),
                        e.msg,
                        ckind,
                        json_unescape(cmsg)
                    );
                    let key = if same_msg {
                        format!("line differs: {key}")
                    } else {
                        key
                    };
                    mismatches
                        .entry(key)
                        .or_insert((0, p.display().to_string()))
                        .0 += 1;
                }
            }
        }
    }
    eprintln!(
        "{} cases: {ok_both} accepted by both, {errors} rejected by at least one",
        cases.len()
    );
    eprintln!("of these: same class+message {kind_msg}, same line {line}, same line+column {col}");
    if std::env::var_os("GARTER_DIFF_KEEP").is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let mut top: Vec<_> = mismatches.into_iter().collect();
    top.sort_by_key(|e| std::cmp::Reverse(e.1.0));
    for (k, (count, example)) in top.iter().take(40) {
        eprintln!("{count:5}  {k}   e.g. {example}");
    }
}

fn json_unescape(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\\\", "\\")
}
