//! Parser corpus test: every `tests/parse/valid/*.py` must parse, and every
//! `tests/parse/invalid/NAME.py` must fail the way CPython 3.11 does, as recorded in
//! `NAME.expected` (one line: `KIND LINE COL MSG`).
//!
//! The expectations come from CPython, never from Garter: regenerate them with
//! `python3 tests/parse/regen.py` (its header explains the details).
//!
//! What must match, per invalid file:
//! * the parse fails (an invalid file that parses is a failure);
//! * the error kind (`SyntaxError` / `IndentationError` / `TabError`) and the line;
//! * the message, exactly, except that a message CPython extends with a suggestion is
//!   accepted when the expected one starts with ours followed by `.` or ` `
//!   (expected `invalid syntax. Perhaps you forgot a comma?`, ours `invalid syntax`):
//!   such near misses are counted and listed but do not fail;
//! * the column is only counted (CPython's columns are not always meaningful).
//!
//! Environment:
//! * `GARTER_CORPUS_REPORT=1` prints every mismatch in detail, columns and near misses included;
//! * `GARTER_CORPUS_ONLY=text` runs only the files whose name contains `text`.
//!
//! The corpus runs on a thread with an 8 MiB stack, the size of a typical main thread, so
//! that deep-but-legal programs behave as they would under `garter FILE`.

use garter::parser::{SyntaxError, parse};
use garter::source::SourceFile;
use std::fmt::Write as _;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// The smallest corpus we accept; fewer files means the corpus was not found or was damaged.
const MIN_FILES: usize = 60;

fn corpus_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("parse")
        .join(sub)
}

/// The `.py` files of one corpus directory, sorted, filtered by `GARTER_CORPUS_ONLY`.
fn py_files(sub: &str) -> Vec<PathBuf> {
    let dir = corpus_dir(sub);
    let only = std::env::var("GARTER_CORPUS_ONLY").ok();
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| only.as_deref().is_none_or(|o| file_name(p).contains(o)))
        .collect();
    files.sort();
    files
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

fn report_all() -> bool {
    std::env::var("GARTER_CORPUS_REPORT").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// CPython's verdict on one invalid file.
struct Expected {
    kind: String,
    line: usize,
    col: usize,
    msg: String,
}

fn read_expected(py: &Path) -> Result<Expected, String> {
    let path = py.with_extension("expected");
    let text = fs::read_to_string(&path).map_err(|e| {
        format!(
            "cannot read {} ({e}); run `python3 tests/parse/regen.py`",
            path.display()
        )
    })?;
    let first = text.lines().next().unwrap_or("").trim_end_matches('\r');
    let mut fields = first.splitn(4, ' ');
    let bad = || {
        format!(
            "{}: malformed line {first:?} (want `KIND LINE COL MSG`)",
            path.display()
        )
    };
    let kind = fields
        .next()
        .filter(|k| !k.is_empty())
        .ok_or_else(bad)?
        .to_string();
    let line = fields.next().and_then(|v| v.parse().ok()).ok_or_else(bad)?;
    let col = fields.next().and_then(|v| v.parse().ok()).ok_or_else(bad)?;
    let msg = fields.next().ok_or_else(bad)?.to_string();
    Ok(Expected {
        kind,
        line,
        col,
        msg,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MsgMatch {
    Exact,
    /// CPython's message is ours plus a suggestion (`.` or ` ` then more text).
    Near,
    Differs,
}

fn compare_msg(ours: &str, expected: &str) -> MsgMatch {
    if ours == expected {
        MsgMatch::Exact
    } else if !ours.is_empty()
        && expected.starts_with(ours)
        && matches!(expected[ours.len()..].chars().next(), Some('.' | ' '))
    {
        MsgMatch::Near
    } else {
        MsgMatch::Differs
    }
}

/// Parses one file, turning a panic into an error string so one bad file cannot hide the rest.
fn parse_file(path: &Path) -> Result<Result<(), SyntaxError>, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let src = SourceFile::new(file_name(path), text);
    panic::catch_unwind(AssertUnwindSafe(|| parse(&src).map(drop))).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic payload".to_string());
        format!("parse panicked: {msg}")
    })
}

fn describe(e: &SyntaxError) -> String {
    format!("{} {}:{} {}", e.kind.name(), e.line, e.col, e.msg)
}

#[derive(Default)]
struct Tally {
    valid: usize,
    valid_ok: usize,
    invalid: usize,
    /// Rejected with the right kind, line and (exact or near) message.
    invalid_ok: usize,
    rejected: usize,
    line: usize,
    kind: usize,
    exact_msg: usize,
    near_msg: usize,
    col: usize,
    failures: Vec<String>,
    near_misses: Vec<String>,
    col_misses: Vec<String>,
}

fn run_corpus() -> Tally {
    let mut t = Tally::default();

    for path in py_files("valid") {
        t.valid += 1;
        let name = file_name(&path);
        match parse_file(&path) {
            Ok(Ok(())) => t.valid_ok += 1,
            Ok(Err(e)) => {
                let shown = e.to_string().replace('\n', "\n        ");
                t.failures.push(format!(
                    "valid/{name}: rejected: {}\n        {shown}",
                    describe(&e)
                ));
            }
            Err(why) => t.failures.push(format!("valid/{name}: {why}")),
        }
    }

    for path in py_files("invalid") {
        t.invalid += 1;
        let name = file_name(&path);
        let exp = match read_expected(&path) {
            Ok(exp) => exp,
            Err(why) => {
                t.failures.push(format!("invalid/{name}: {why}"));
                continue;
            }
        };
        let want = format!("{} {}:{} {}", exp.kind, exp.line, exp.col, exp.msg);
        let err = match parse_file(&path) {
            Ok(Err(e)) => e,
            Ok(Ok(())) => {
                t.failures
                    .push(format!("invalid/{name}: parsed OK, CPython says: {want}"));
                continue;
            }
            Err(why) => {
                t.failures
                    .push(format!("invalid/{name}: {why}; CPython says: {want}"));
                continue;
            }
        };
        t.rejected += 1;
        let kind_ok = err.kind.name() == exp.kind;
        let line_ok = err.line == exp.line;
        let msg = compare_msg(&err.msg, &exp.msg);
        t.kind += kind_ok as usize;
        t.line += line_ok as usize;
        t.exact_msg += (msg == MsgMatch::Exact) as usize;
        t.near_msg += (msg == MsgMatch::Near) as usize;
        if err.col == exp.col {
            t.col += 1;
        } else {
            t.col_misses.push(format!(
                "invalid/{name}: col {} (CPython {}): {}",
                err.col, exp.col, exp.msg
            ));
        }
        let mut wrong = Vec::new();
        if !kind_ok {
            wrong.push("kind");
        }
        if !line_ok {
            wrong.push("line");
        }
        if msg == MsgMatch::Differs {
            wrong.push("message");
        }
        if msg == MsgMatch::Near {
            t.near_misses.push(format!(
                "invalid/{name}: ours {:?}, CPython {:?}",
                err.msg, exp.msg
            ));
        }
        if wrong.is_empty() {
            t.invalid_ok += 1;
        } else {
            t.failures.push(format!(
                "invalid/{name}: wrong {}\n        ours:    {}\n        CPython: {want}",
                wrong.join(", "),
                describe(&err)
            ));
        }
    }
    t
}

#[test]
fn parse_corpus() {
    // An 8 MiB stack, like a main thread; a panic on the runner thread is passed on as is.
    let t = std::thread::Builder::new()
        .name("parse-corpus".into())
        .stack_size(8 << 20)
        .spawn(run_corpus)
        .expect("spawn corpus thread")
        .join()
        .unwrap_or_else(|p| panic::resume_unwind(p));

    let filtered = std::env::var("GARTER_CORPUS_ONLY").is_ok();
    let mut out = String::new();
    if !t.near_misses.is_empty() {
        let _ = writeln!(
            out,
            "near-miss messages (CPython adds a suggestion; not a failure): {}",
            t.near_misses.len()
        );
        for m in &t.near_misses {
            let _ = writeln!(out, "    {m}");
        }
    }
    let col_misses = t.rejected - t.col;
    if col_misses > 0 {
        let _ = writeln!(out, "column mismatches (not a failure): {col_misses}");
        if report_all() {
            for m in &t.col_misses {
                let _ = writeln!(out, "    {m}");
            }
        }
    }
    if !t.failures.is_empty() {
        let _ = writeln!(out, "FAILURES: {}", t.failures.len());
        for f in &t.failures {
            let _ = writeln!(out, "    {f}");
        }
    }
    let _ = writeln!(
        out,
        "parse corpus: {} valid ok, {} invalid ok ({} line, {} kind, {} exact msg, {} col matches)",
        t.valid_ok, t.invalid_ok, t.line, t.kind, t.exact_msg, t.col
    );
    let _ = write!(
        out,
        "  of {} valid and {} invalid files; {} rejected, {} near-miss messages",
        t.valid, t.invalid, t.rejected, t.near_msg
    );
    println!("{out}");

    if !filtered {
        assert!(
            t.valid >= MIN_FILES && t.invalid >= MIN_FILES,
            "corpus too small ({} valid, {} invalid files); is tests/parse/ intact?",
            t.valid,
            t.invalid
        );
    }
    assert!(
        t.failures.is_empty(),
        "{} parse corpus failure(s); see the list above (GARTER_CORPUS_REPORT=1 for every detail)",
        t.failures.len()
    );
}

#[test]
fn compare_msg_rules() {
    use MsgMatch::*;
    assert!(compare_msg("invalid syntax", "invalid syntax") == Exact);
    assert!(
        compare_msg(
            "invalid syntax",
            "invalid syntax. Perhaps you forgot a comma?"
        ) == Near
    );
    assert!(
        compare_msg(
            "cannot assign to literal",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?"
        ) == Near
    );
    assert!(compare_msg("invalid", "invalid syntax") == Near);
    assert!(compare_msg("invalid synta", "invalid syntax") == Differs);
    assert!(compare_msg("", "invalid syntax") == Differs);
    assert!(
        compare_msg(
            "invalid syntax. Perhaps you forgot a comma?",
            "invalid syntax"
        ) == Differs
    );
}
