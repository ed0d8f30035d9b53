//! No-panic test for the front end: mutated corpus programs, random token soup and
//! pathologically deep inputs must all come back from `garter::parser::parse` as `Ok` or
//! `Err`, never as a panic, a hang or a crash.
//!
//! `fuzz_corpus_mutations` runs `GARTER_FUZZ_CASES` inputs (default 100,000 in release
//! builds, 20,000 in debug builds, where parsing is several times slower; aim: under 60 s in
//! release on one core):
//! * every 4th case, while they last, truncates a corpus file (`tests/parse/{valid,invalid}`)
//!   at a line, alternately just after and just before the line's `\n`;
//! * 1 in 10 of the others is random token soup;
//! * the rest take a window of a corpus file and apply 1–5 random edits: delete, duplicate
//!   or swap byte ranges or tokens, insert interesting characters (quotes, brackets, colons,
//!   tabs, backslashes, non-ASCII, NUL, lone `\r`, ...) or tokens, re-indent a line, truncate.
//!
//! Case `i` is generated from its own SplitMix64 stream seeded with `SEED` and `i`, so every
//! failure is reproducible on its own:
//! * `GARTER_FUZZ_ONLY=i` runs case `i` alone and prints its input;
//! * `GARTER_FUZZ_START=i` starts at case `i`;
//! * `GARTER_FUZZ_TRACE=1` writes each case number to stderr before parsing it (unbuffered,
//!   uncaptured), so when the process dies (stack overflow, abort) the last number names the culprit;
//! * `GARTER_FUZZ_STALL_SECS` (default 60): a case running longer than this fails the test
//!   as a hang (the watchdog reports the input); `GARTER_FUZZ_SLOW_MS` (default 10,000):
//!   a case slower than this fails as super-linear.
//!
//! `deep_nesting` feeds inputs such as 10,000 `(` or `-` * 100,000 + `1` (a table below, with
//! CPython 3.11's verdict on each for reference) on a thread with an 8 MiB stack, like a
//! main thread. Each case runs in a child process (this test binary re-run with
//! `GARTER_DEEP_CASE=name`), so a stack overflow is reported as that case's failure instead
//! of killing the whole run. `GARTER_DEEP_TIMEOUT_SECS` (default 120) bounds each child.

use garter::parser::parse;
use garter::source::SourceFile;
use std::cell::{Cell, RefCell};
use std::fmt::Write as _;
use std::io::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

const SEED: u64 = 0x6761_7274_6572_2101;
const STACK: usize = 8 << 20;
/// Failures printed in full (with their inputs); the rest are only counted.
const SHOWN_FAILURES: usize = 5;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/// SplitMix64: tiny, fast, and good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn for_case(i: usize) -> Rng {
        let mut r = Rng(SEED ^ (i as u64).wrapping_mul(0xA076_1D64_78BD_642F));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`; `n` must be positive.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `1/n`.
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------------------------
// Ingredients

/// Single characters worth inserting anywhere.
#[rustfmt::skip]
const CHARS: &[char] = &[
    '"', '\'', '(', ')', '[', ']', '{', '}', ':', ';', ',', '.', '=', '*', '@', '!', '#', '\\',
    '\t', '\n', '\r', ' ', '\0', '\x0c', '\x1b', '\x7f', '_', 'f', 'b', 'r', 'x', '0', '9', '$',
    '?', '`', '~', '-', '+', '%', '<', '>', '|', '&', '^', '/', 'é', '€', 'λ', '日', '🐍',
    '\u{a0}', '\u{200b}', '\u{2028}', '\u{3000}', '\u{feff}', '\u{fffd}', '\u{10ffff}', '\u{301}',
];

/// Tokens (and token-like fragments) for insertion and for soup.
#[rustfmt::skip]
const VOCAB: &[&str] = &[
    // keywords and soft keywords
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", "match", "case", "type", "_", "print", "self",
    // names
    "x", "y", "foo", "bar_1", "é", "日本", "__init__",
    // numbers, good and bad
    "0", "1", "42", "0x1F", "0o17", "0b101", "1_000", "3.14", "1e10", ".5", "1.", "2j", "1e-3j",
    "00", "0777", "1__0", "0x", "1e", "0b2", "9", "99999999999999999999999999",
    // strings, good and bad
    "''", "\"s\"", "'''t'''", "\"\"\"d\"\"\"", "'", "\"", "'''", "\"\"\"", "b'x'", "rb'\\d'",
    "r'\\'", "u'x'", "f'{x}'", "f\"{x!r:>{w}}\"", "f'{x=}'", "f'{{}}'", "f'{'", "f'}'",
    "f'{}'", "f'{x!}'", "f\"{'\\n'}\"", "'\\x4'", "'\\N{BOGUS}'", "b'é'",
    // operators and delimiters
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">",
    "<=", ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "...",
    "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=",
    // layout and oddities
    "\n", "\n", "\n    ", "\n\t", "    ", "\t", "\\\n", "\r\n", "\r", "#c\n", "\0", "$", "?",
    "`", "!", "\u{a0}", "€", "\u{feff}",
];

/// Characters repeated in long runs (nesting and long operator chains).
#[rustfmt::skip]
const BURSTS: &[&str] = &["(", "[", "{", "-", "not ", "~", "lambda:", "x.", "f(", "*", " ", "\t", "\n"];

// ---------------------------------------------------------------------------------------------
// Mutations (all keep the text valid UTF-8 by working on char boundaries)

fn snap(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn pos(rng: &mut Rng, s: &str) -> usize {
    snap(s, rng.below(s.len() + 1))
}

/// A random range `a..b` of `s` on char boundaries, mostly short.
fn range(rng: &mut Rng, s: &str) -> (usize, usize) {
    let a = pos(rng, s);
    let bits = rng.below(9);
    let len = 1 + rng.below(1 << bits);
    (a, snap(s, a + len))
}

/// Splits text into crude tokens: word runs, blank runs, and single other characters.
fn tokens(s: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Word,
        Blank,
        Other,
    }
    let class = |c: char| {
        if c.is_alphanumeric() || c == '_' {
            Class::Word
        } else if c == ' ' || c == '\t' {
            Class::Blank
        } else {
            Class::Other
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<Class> = None;
    for (i, c) in s.char_indices() {
        let k = class(c);
        if prev.is_some_and(|p| p != k || k == Class::Other) {
            out.push(&s[start..i]);
            start = i;
        }
        prev = Some(k);
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn mutate_tokens(rng: &mut Rng, s: &str) -> String {
    let mut toks: Vec<&str> = tokens(s);
    if toks.is_empty() {
        return (*rng.pick(VOCAB)).to_string();
    }
    let n = toks.len();
    let i = rng.below(n);
    match rng.below(5) {
        0 => {
            let len = (1 + rng.below(3)).min(n - i);
            toks.drain(i..i + len);
        }
        1 => {
            let t = toks[i];
            toks.insert(rng.below(n + 1), t);
        }
        2 => toks.swap(i, rng.below(n)),
        3 => toks[i] = *rng.pick(VOCAB),
        _ => toks.insert(i, *rng.pick(VOCAB)),
    }
    toks.concat()
}

fn mutate(rng: &mut Rng, s: &mut String) {
    match rng.below(12) {
        0 | 1 => {
            let (a, b) = range(rng, s);
            s.replace_range(a..b, "");
        }
        2 | 3 => {
            let at = pos(rng, s);
            let mut ins = String::new();
            for _ in 0..1 + rng.below(3) {
                ins.push(*rng.pick(CHARS));
            }
            s.insert_str(at, &ins);
        }
        4 => {
            let at = pos(rng, s);
            let tok = *rng.pick(VOCAB);
            let text = if rng.one_in(2) {
                format!(" {tok} ")
            } else {
                tok.to_string()
            };
            s.insert_str(at, &text);
        }
        5 => {
            let (a, b) = range(rng, s);
            let piece = s[a..b].to_string();
            let at = pos(rng, s);
            s.insert_str(at, &piece);
        }
        6 => {
            // Swap two ranges: cut the later one first so the earlier offsets stay valid.
            let (a1, b1) = range(rng, s);
            let (a2, b2) = range(rng, s);
            let ((a1, b1), (a2, b2)) = if a1 <= a2 {
                ((a1, b1), (a2, b2))
            } else {
                ((a2, b2), (a1, b1))
            };
            if b1 <= a2 {
                let first = s[a1..b1].to_string();
                let second = s[a2..b2].to_string();
                s.replace_range(a2..b2, &first);
                s.replace_range(a1..b1, &second);
            }
        }
        7 | 8 => *s = mutate_tokens(rng, s),
        9 => {
            // Re-indent one line: add or remove leading blanks, or turn spaces into a tab.
            let starts: Vec<usize> = std::iter::once(0)
                .chain(s.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            let at = *rng.pick(&starts);
            match rng.below(4) {
                0 => s.insert_str(at, &" ".repeat(1 + rng.below(8))),
                1 => s.insert(at, '\t'),
                2 => {
                    let blanks = s[at..]
                        .bytes()
                        .take_while(|&b| b == b' ' || b == b'\t')
                        .count();
                    let cut = blanks.min(1 + rng.below(8));
                    s.replace_range(at..at + cut, "");
                }
                _ => {
                    if s[at..].starts_with("    ") {
                        s.replace_range(at..at + 4, "\t");
                    }
                }
            }
        }
        10 => {
            let at = pos(rng, s);
            s.truncate(at);
        }
        _ => {
            let at = pos(rng, s);
            let burst = rng.pick(BURSTS).repeat(1 + rng.below(300));
            s.insert_str(at, &burst);
        }
    }
}

fn soup(rng: &mut Rng) -> String {
    let mut out = String::new();
    for _ in 0..1 + rng.below(150) {
        let tok = *rng.pick(VOCAB);
        out.push_str(tok);
        out.push_str(match rng.below(12) {
            0..=6 => " ",
            7 => "",
            8 => "\n",
            9 => "\n    ",
            10 => ":\n    ",
            _ => "\t",
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The cases

struct Corpus {
    files: Vec<(String, String)>,
    /// (file index, byte offset) of every truncation point.
    cuts: Vec<(usize, usize)>,
}

fn load_corpus() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("parse");
    let mut files = Vec::new();
    for sub in ["valid", "invalid"] {
        let dir = root.join(sub);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        for p in paths {
            let text =
                std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            files.push((
                format!("{sub}/{}", p.file_name().unwrap().to_string_lossy()),
                text,
            ));
        }
    }
    assert!(
        files.len() >= 120,
        "corpus too small ({} files); is tests/parse/ intact?",
        files.len()
    );
    let mut cuts = Vec::new();
    for (f, (_, text)) in files.iter().enumerate() {
        for (k, (nl, _)) in text.match_indices('\n').enumerate() {
            // Alternately keep and drop the line's newline (and, for CRLF, cut between \r and \n).
            cuts.push((f, if k % 2 == 0 { nl + 1 } else { nl }));
        }
    }
    Corpus { files, cuts }
}

/// Case `i`: a short description and the input.
fn case(corpus: &Corpus, i: usize) -> (String, String) {
    if i.is_multiple_of(4) && i / 4 < corpus.cuts.len() {
        let (f, at) = corpus.cuts[i / 4];
        let (name, text) = &corpus.files[f];
        return (
            format!("truncation of {name} at byte {at}"),
            text[..at].to_string(),
        );
    }
    let mut rng = Rng::for_case(i);
    if rng.one_in(10) {
        return ("token soup".to_string(), soup(&mut rng));
    }
    let f = rng.below(corpus.files.len());
    let (name, text) = &corpus.files[f];
    // A window of lines (whole file 1 time in 20) keeps inputs small and the run fast.
    let mut window = if rng.one_in(20) {
        text.clone()
    } else {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let mut start = rng.below(lines.len().max(1));
        // Half the time, back up to a top-level line so the window is not one long indent error.
        if rng.one_in(2) {
            while start > 0 && lines[start].starts_with([' ', '\t', '\n', '#']) {
                start -= 1;
            }
        }
        let len = 1 + rng.below(80);
        lines
            .iter()
            .skip(start)
            .take(len)
            .copied()
            .collect::<String>()
    };
    let edits = 1 + rng.below(5);
    for _ in 0..edits {
        mutate(&mut rng, &mut window);
    }
    (format!("{edits} edit(s) of {name}"), window)
}

// ---------------------------------------------------------------------------------------------
// Running one input

thread_local! {
    /// Set while a case runs: the panic hook records the message instead of printing it.
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn install_quiet_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let payload = info.payload();
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "non-string panic payload".to_string());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
            } else {
                default(info);
            }
        }));
    });
}

/// Parses `text` (and formats any error); `Err` describes a panic or an impossible location.
fn run_one(text: &str) -> Result<(), String> {
    QUIET.with(|q| q.set(true));
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        let src = SourceFile::new("<fuzz>", text.to_string());
        match parse(&src) {
            Ok(module) => {
                drop(module);
                Ok(())
            }
            Err(e) => {
                let _ = e.to_string();
                if e.line == 0 || e.line > src.line_count() + 1 || e.col == 0 {
                    Err(format!(
                        "error at impossible location {}:{} ({} lines): {}",
                        e.line,
                        e.col,
                        src.line_count(),
                        e.msg
                    ))
                } else {
                    Ok(())
                }
            }
        }
    }));
    QUIET.with(|q| q.set(false));
    match outcome {
        Ok(result) => result,
        Err(_) => Err(format!(
            "panicked: {}",
            LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "(no message)".to_string())
        )),
    }
}

fn env_usize(name: &str) -> Option<usize> {
    let v = std::env::var(name).ok()?;
    Some(
        v.replace('_', "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
    )
}

fn env_flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// An input shown in a report: escaped, and cut short when long.
fn show(text: &str) -> String {
    const MAX: usize = 3000;
    if text.len() <= MAX {
        format!("{text:?}")
    } else {
        format!(
            "{:?} ... ({} bytes in all)",
            &text[..snap(text, MAX)],
            text.len()
        )
    }
}

// ---------------------------------------------------------------------------------------------
// The fuzz test

struct Failure {
    case: usize,
    what: String,
    why: String,
    input: String,
}

#[derive(Default)]
struct Stats {
    run: usize,
    truncations: usize,
    soups: usize,
    bytes: usize,
    slowest: Vec<(Duration, usize, String)>,
    failures: Vec<Failure>,
    failure_count: usize,
}

fn fuzz(corpus: Arc<Corpus>, start: usize, end: usize, progress: Arc<AtomicUsize>) -> Stats {
    install_quiet_hook();
    let trace = env_flag("GARTER_FUZZ_TRACE");
    let slow = Duration::from_millis(env_usize("GARTER_FUZZ_SLOW_MS").unwrap_or(10_000) as u64);
    let mut st = Stats::default();
    for i in start..end {
        progress.store(i, Ordering::Relaxed);
        let (what, input) = case(&corpus, i);
        if trace {
            let _ = writeln!(std::io::stderr().lock(), "fuzz case {i}: {what}");
        }
        let t0 = Instant::now();
        let result = run_one(&input);
        let took = t0.elapsed();
        st.run += 1;
        st.bytes += input.len();
        st.truncations += what.starts_with("truncation") as usize;
        st.soups += (what == "token soup") as usize;
        if st.slowest.len() < 3 || took > st.slowest[2].0 {
            st.slowest.push((took, i, what.clone()));
            st.slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
            st.slowest.truncate(3);
        }
        let why = match result {
            Err(why) => Some(why),
            Ok(()) if took > slow => Some(format!(
                "took {took:?} (limit GARTER_FUZZ_SLOW_MS={})",
                slow.as_millis()
            )),
            Ok(()) => None,
        };
        if let Some(why) = why {
            st.failure_count += 1;
            if st.failures.len() < SHOWN_FAILURES {
                st.failures.push(Failure {
                    case: i,
                    what,
                    why,
                    input,
                });
            }
        }
    }
    progress.store(usize::MAX, Ordering::Relaxed);
    st
}

#[test]
fn fuzz_corpus_mutations() {
    let corpus = Arc::new(load_corpus());

    if let Some(i) = env_usize("GARTER_FUZZ_ONLY") {
        let (what, input) = case(&corpus, i);
        println!(
            "case {i}: {what}\n{}\ninput as text:\n{input}",
            show(&input)
        );
        install_quiet_hook();
        let result = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || run_one(&input))
            .unwrap()
            .join()
            .unwrap();
        if let Err(why) = result {
            panic!("case {i}: {why}");
        }
        println!("case {i}: ok");
        return;
    }

    let default = if cfg!(debug_assertions) {
        20_000
    } else {
        100_000
    };
    let cases = env_usize("GARTER_FUZZ_CASES").unwrap_or(default);
    let start = env_usize("GARTER_FUZZ_START").unwrap_or(0);
    let end = start.saturating_add(cases);
    let stall = Duration::from_secs(env_usize("GARTER_FUZZ_STALL_SECS").unwrap_or(60) as u64);

    let progress = Arc::new(AtomicUsize::new(start));
    let began = Instant::now();
    let worker = {
        let (corpus, progress) = (corpus.clone(), progress.clone());
        std::thread::Builder::new()
            .name("parse-fuzz".into())
            .stack_size(STACK)
            .spawn(move || fuzz(corpus, start, end, progress))
            .expect("spawn fuzz thread")
    };

    // Watchdog: a case that never finishes is a failure too; report its input.
    let (mut last, mut since) = (progress.load(Ordering::Relaxed), Instant::now());
    while !worker.is_finished() {
        std::thread::sleep(Duration::from_millis(50));
        let now = progress.load(Ordering::Relaxed);
        if now != last {
            (last, since) = (now, Instant::now());
        } else if since.elapsed() > stall && now != usize::MAX {
            let (what, input) = case(&corpus, now);
            panic!(
                "parse hung: case {now} ({what}) has run for over {stall:?}; rerun with GARTER_FUZZ_ONLY={now}\ninput: {}",
                show(&input)
            );
        }
    }
    let st = worker.join().unwrap_or_else(|p| panic::resume_unwind(p));
    let secs = began.elapsed().as_secs_f64();

    let mut out = String::new();
    let _ = writeln!(
        out,
        "parse no-panic: {} cases ({} truncations, {} token soups, {} mutations; {:.1} MB) in {:.1} s, {:.0} cases/s{}",
        st.run,
        st.truncations,
        st.soups,
        st.run - st.truncations - st.soups,
        st.bytes as f64 / 1e6,
        secs,
        st.run as f64 / secs.max(1e-9),
        if cfg!(debug_assertions) {
            " [debug build]"
        } else {
            ""
        }
    );
    for (took, i, what) in &st.slowest {
        let _ = writeln!(out, "  slow: case {i} ({what}) {took:?}");
    }
    for f in &st.failures {
        let _ = writeln!(
            out,
            "FAILED case {} ({}): {}\n  rerun: GARTER_FUZZ_ONLY={} cargo test --test parse_no_panic fuzz_corpus_mutations -- --nocapture\n  input: {}",
            f.case,
            f.what,
            f.why,
            f.case,
            show(&f.input)
        );
    }
    println!("{out}");
    assert!(
        st.failure_count == 0,
        "{} of {} fuzz cases failed (first {} shown above)",
        st.failure_count,
        st.run,
        st.failures.len()
    );
}

// ---------------------------------------------------------------------------------------------
// Deep nesting, one child process per case

/// Name, input, and what CPython 3.11's `compile` says about it (for reference only: here
/// any `Ok` or `Err` is fine, only panics, crashes and hangs fail).
#[rustfmt::skip]
fn deep_cases() -> Vec<(&'static str, String, &'static str)> {
    let nested_ifs = |n: usize| {
        let mut s: String = (0..n)
            .map(|k| format!("{}if x:\n", " ".repeat(k)))
            .collect();
        s.push_str(&" ".repeat(n));
        s.push_str("pass\n");
        s
    };
    vec![
        ("paren_10000_open", "(".repeat(10_000), "SyntaxError: too many nested parentheses"),
        ("bracket_10000_open", "[".repeat(10_000), "SyntaxError: too many nested parentheses"),
        ("brace_10000_open", "{".repeat(10_000), "SyntaxError: too many nested parentheses"),
        ("paren_10000_closed", format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000)), "SyntaxError: too many nested parentheses"),
        ("minus_100000", format!("{}1", "-".repeat(100_000)), "MemoryError (parser stack)"),
        ("if_1000_nested", nested_ifs(1000), "IndentationError: too many levels of indentation"),
        ("not_100000", format!("{}x", "not ".repeat(100_000)), "MemoryError (parser stack)"),
        ("string_1mb", format!("x = \"{}\"\n", "a".repeat(1 << 20)), "ok"),
        ("triple_string_1mb", format!("x = '''{}'''\n", "ab\n".repeat(350_000)), "ok"),
        ("comment_1mb", format!("#{}\n", "c".repeat(1 << 20)), "ok"),
        ("plus_100000", format!("1{}", "+1".repeat(100_000)), "RecursionError during compilation"),
        ("pow_100000", format!("a{}", "**a".repeat(100_000)), "MemoryError (parser stack)"),
        ("attr_100000", format!("a{}", ".b".repeat(100_000)), "RecursionError during compilation"),
        ("subscript_50000", format!("x{}", "[0]".repeat(50_000)), "RecursionError during compilation"),
        ("call_50000", format!("f{}", "()".repeat(50_000)), "RecursionError during compilation"),
        ("lambda_10000", format!("{}0", "lambda: ".repeat(10_000)), "MemoryError (parser stack)"),
        ("ifexp_10000", format!("x = {}c\n", "a if b else ".repeat(10_000)), "MemoryError (parser stack)"),
        ("elif_10000", format!("if x:\n pass\n{}", "elif x:\n pass\n".repeat(10_000)), "MemoryError (parser stack)"),
        ("unary_mix_90000", format!("{}1", "+-~".repeat(30_000)), "MemoryError (parser stack)"),
        ("await_10000", format!("async def f():\n    {}x\n", "await ".repeat(10_000)), "SyntaxError: invalid syntax"),
        ("assign_10000_targets", format!("{}1\n", "x = ".repeat(10_000)), "ok"),
        ("comparison_100000", format!("a{}", " < a".repeat(100_000)), "ok"),
        ("and_100000", format!("a{}", " and a".repeat(100_000)), "ok"),
        ("tuple_100000", format!("x = {}\n", "1,".repeat(100_000)), "ok"),
        ("list_100000", format!("x = [{}]\n", "1,".repeat(100_000)), "ok"),
        ("pass_100000_lines", "pass\n".repeat(100_000), "ok"),
        ("semicolons_100000", format!("{}\n", "pass;".repeat(100_000)), "ok"),
        ("blank_100000_lines", "\n".repeat(100_000), "ok"),
        ("if_99_nested", nested_ifs(99), "ok"),
        ("paren_150_closed", format!("{}1{}", "(".repeat(150), ")".repeat(150)), "ok"),
    ]
}

/// In a child process: run one deep case on an 8 MiB thread and say how it went.
fn run_deep_child(name: &str) {
    let (_, input, _) = deep_cases()
        .into_iter()
        .find(|c| c.0 == name)
        .unwrap_or_else(|| panic!("no deep case {name:?}"));
    install_quiet_hook();
    let t0 = Instant::now();
    let result = std::thread::Builder::new()
        .name(format!("deep-{name}"))
        .stack_size(STACK)
        .spawn(move || {
            QUIET.with(|q| q.set(true));
            let r = panic::catch_unwind(AssertUnwindSafe(|| {
                let src = SourceFile::new("<deep>", input);
                match parse(&src) {
                    Ok(m) => {
                        drop(m);
                        "Ok".to_string()
                    }
                    Err(e) => format!("Err({} line {}: {})", e.kind.name(), e.line, e.msg),
                }
            }));
            QUIET.with(|q| q.set(false));
            r.map_err(|_| {
                LAST_PANIC
                    .with(|p| p.borrow_mut().take())
                    .unwrap_or_default()
            })
        })
        .unwrap()
        .join()
        .unwrap();
    match result {
        Ok(verdict) => println!("\nGARTER-DEEP {name} {:?} {verdict}", t0.elapsed()),
        Err(why) => panic!("deep case {name}: parse panicked: {why}"),
    }
}

#[test]
fn deep_nesting() {
    if let Ok(name) = std::env::var("GARTER_DEEP_CASE") {
        run_deep_child(&name);
        return;
    }
    let exe = std::env::current_exe().expect("current test binary");
    let timeout = Duration::from_secs(env_usize("GARTER_DEEP_TIMEOUT_SECS").unwrap_or(120) as u64);
    let mut report = String::new();
    let mut failed = 0;
    for (name, _, cpython) in deep_cases() {
        let t0 = Instant::now();
        let mut child = Command::new(&exe)
            .args(["deep_nesting", "--exact", "--nocapture", "--test-threads=1"])
            .env("GARTER_DEEP_CASE", name)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn child test process");
        // Drain the pipes on threads so a chatty child cannot block on a full pipe.
        let mut out_pipe = child.stdout.take().unwrap();
        let mut err_pipe = child.stderr.take().unwrap();
        let out_reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut out_pipe, &mut s);
            s
        });
        let err_reader = std::thread::spawn(move || {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut err_pipe, &mut s);
            s
        });
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for child") {
                break Some(status);
            }
            if t0.elapsed() > timeout {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let stdout = out_reader.join().unwrap_or_default();
        let stderr = err_reader.join().unwrap_or_default();
        let verdict = stdout
            .lines()
            .find_map(|l| l.split_once("GARTER-DEEP "))
            .map(|(_, v)| v.to_string());
        match (status, verdict) {
            (Some(s), Some(v)) if s.success() => {
                let _ = writeln!(report, "  ok    {v}   [CPython: {cpython}]");
            }
            (status, _) => {
                failed += 1;
                let how = match status {
                    None => format!("hung (killed after {timeout:?})"),
                    Some(s) if s.code().is_none() => {
                        format!("crashed ({s}; stack overflow or abort?)")
                    }
                    Some(s) => format!("failed ({s})"),
                };
                let tail: Vec<&str> = stdout
                    .lines()
                    .chain(stderr.lines())
                    .filter(|l| !l.trim().is_empty())
                    .collect();
                let tail = tail[tail.len().saturating_sub(6)..].join("\n          ");
                let _ = writeln!(
                    report,
                    "  FAIL  {name}: {how} after {:?}   [CPython: {cpython}]\n          {tail}",
                    t0.elapsed()
                );
            }
        }
    }
    println!(
        "parse deep nesting: {} cases, {failed} failed\n{report}",
        deep_cases().len()
    );
    assert!(
        failed == 0,
        "{failed} deep-nesting case(s) panicked, crashed or hung; see above"
    );
}
