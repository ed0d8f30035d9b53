//! Golden tests: every `tests/golden/[0-9]*.py` is run through the real `garter` binary and
//! its stdout, exit status and last line of stderr are compared with the CPython 3.11
//! expectations stored beside it (`NAME.out`, `NAME.err`, written by `tests/golden/regen.py`).
//!
//! * Programs run in parallel (one worker per available core), each with the working
//!   directory `tests/golden`, the file name as the only argument, no stdin, and a 30 s
//!   timeout after which the process is killed.
//! * `tests/golden/XFAIL` lists programs that are known to fail (one name per line, with or
//!   without `.py`; `#` starts a comment). Failures of listed programs are tolerated; listed
//!   programs that now pass are reported so they can be removed from the list. Any failure
//!   of a program that is not listed fails the test.
//! * `GARTER_GOLDEN_ONLY=a,b` runs only programs whose file name contains `a` or `b`.
//! * `GARTER_GOLDEN_VERBOSE=1` prints one line per program.
//!
//! Reports are written straight to the process's stderr (not through `eprintln!`), so they
//! are visible even though the test harness captures the test's printed output.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
/// At most this much of a stream is kept (the rest is drained and dropped).
const OUTPUT_CAP: usize = 16 << 20;
/// Longest line excerpt shown in a diff.
const EXCERPT: usize = 160;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Writes a report line to the real stderr, bypassing the test harness's output capture.
fn report(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.write_all(b"\n");
    let _ = err.flush();
}

fn strip_py(name: &str) -> &str {
    name.strip_suffix(".py").unwrap_or(name)
}

/// Program file names (`NNN_topic.py`), sorted, filtered by `GARTER_GOLDEN_ONLY`.
fn list_programs(dir: &Path) -> Vec<String> {
    let filters: Vec<String> = std::env::var("GARTER_GOLDEN_ONLY")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|n| n.ends_with(".py") && n.as_bytes().first().is_some_and(|b| b.is_ascii_digit()))
        .filter(|n| filters.is_empty() || filters.iter().any(|f| n.contains(f.as_str())))
        .collect();
    names.sort();
    names
}

/// Stems listed in the XFAIL file.
fn read_xfail(dir: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(dir.join("XFAIL")).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| strip_py(line).to_string())
        .collect()
}

struct Expected {
    stdout: Vec<u8>,
    exit: i32,
    last: String,
}

fn read_expected(dir: &Path, stem: &str) -> Result<Expected, String> {
    let stdout = fs::read(dir.join(format!("{stem}.out")))
        .map_err(|e| format!("missing {stem}.out ({e}); run tests/golden/regen.py"))?;
    let err = fs::read_to_string(dir.join(format!("{stem}.err")))
        .map_err(|e| format!("missing {stem}.err ({e}); run tests/golden/regen.py"))?;
    let mut lines = err.lines();
    let exit = lines
        .next()
        .and_then(|l| l.strip_prefix("exit: "))
        .and_then(|n| n.trim().parse::<i32>().ok())
        .ok_or_else(|| format!("{stem}.err: first line is not `exit: N`"))?;
    let last = lines
        .next()
        .and_then(|l| l.strip_prefix("last:"))
        .map(|l| l.strip_prefix(' ').unwrap_or(l).to_string())
        .ok_or_else(|| format!("{stem}.err: second line is not `last: ...`"))?;
    Ok(Expected { stdout, exit, last })
}

/// The last line of stderr after trailing whitespace is removed (as regen.py computes it).
fn last_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.trim_end();
    let line = match text.rfind('\n') {
        Some(i) => &text[i + 1..],
        None => text,
    };
    line.trim_end_matches('\r').to_string()
}

fn read_capped(mut stream: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = OUTPUT_CAP.saturating_sub(kept.len());
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    kept
}

struct Run {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when the program was killed after the timeout.
    status: Option<ExitStatus>,
}

fn run_program(bin: &Path, dir: &Path, name: &str) -> Result<Run, String> {
    let mut child = Command::new(bin)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let out = child.stdout.take().expect("piped stdout");
    let err = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || read_capped(out));
    let err_reader = thread::spawn(move || read_capped(err));
    let deadline = Instant::now() + TIMEOUT;
    let mut nap = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("waiting for the program failed: {e}"));
            }
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Run {
        stdout,
        stderr,
        status,
    })
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    format!("{status}")
}

fn excerpt(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    let mut s: String = text.chars().take(EXCERPT).collect();
    if text.chars().count() > EXCERPT {
        s.push('…');
    }
    format!("{s:?}")
}

/// Describes the first difference between two stdout byte strings. Lines keep their
/// `\n`, so a missing final newline shows up as a difference in the last line.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let exp: Vec<&[u8]> = expected.split_inclusive(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = actual.split_inclusive(|&b| b == b'\n').collect();
    for (i, (e, a)) in exp.iter().zip(act.iter()).enumerate() {
        if e != a {
            return format!(
                "stdout line {}: expected {}, got {}",
                i + 1,
                excerpt(e),
                excerpt(a)
            );
        }
    }
    if exp.len() > act.len() {
        format!(
            "stdout ends after {} line(s); expected line {} is {} ({} more expected)",
            act.len(),
            act.len() + 1,
            excerpt(exp[act.len()]),
            exp.len() - act.len()
        )
    } else {
        format!(
            "stdout has {} extra line(s) after line {}, starting with {}",
            act.len() - exp.len(),
            exp.len(),
            excerpt(act[exp.len()])
        )
    }
}

/// `Ok(())` when the program matches its expectations, otherwise a short description.
fn check(bin: &Path, dir: &Path, name: &str) -> Result<(), String> {
    let stem = strip_py(name);
    let expected = read_expected(dir, stem)?;
    let run = run_program(bin, dir, name)?;
    let Some(status) = run.status else {
        return Err(format!("timed out after {} s (killed)", TIMEOUT.as_secs()));
    };
    let mut problems = Vec::new();
    if run.stdout != expected.stdout {
        problems.push(stdout_diff(&expected.stdout, &run.stdout));
    }
    if status.code() != Some(expected.exit) {
        problems.push(format!(
            "exit status: expected {}, got {}",
            expected.exit,
            describe_status(&status)
        ));
    }
    let last = last_line(&run.stderr);
    if last != expected.last {
        problems.push(format!(
            "last stderr line: expected {:?}, got {:?}",
            expected.last, last
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[test]
fn golden() {
    let dir = golden_dir();
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_garter"));
    let programs = list_programs(&dir);
    let xfail = read_xfail(&dir);
    let verbose = std::env::var("GARTER_GOLDEN_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");

    let all_stems: BTreeSet<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".py"))
                .map(|n| strip_py(&n).to_string())
                .collect()
        })
        .unwrap_or_default();
    for stale in xfail.iter().filter(|s| !all_stems.contains(*s)) {
        report(&format!(
            "golden: warning: XFAIL lists {stale}, which is not a program"
        ));
    }

    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, programs.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<(), String>)> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some(name) = programs.get(i) else { break };
                        let result = check(&bin, &dir, name);
                        if verbose {
                            let tag = match (&result, xfail.contains(strip_py(name))) {
                                (Ok(()), false) => "PASS ",
                                (Ok(()), true) => "XPASS",
                                (Err(_), false) => "FAIL ",
                                (Err(_), true) => "XFAIL",
                            };
                            report(&format!("golden: {tag} {name}"));
                        }
                        done.push((i, result));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("golden worker panicked"))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);

    let (mut passed, mut failed, mut xfailed, mut xpassed) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    let mut now_passing = Vec::new();
    for (i, result) in &results {
        let name = &programs[*i];
        let expected_to_fail = xfail.contains(strip_py(name));
        match (result, expected_to_fail) {
            (Ok(()), false) => passed += 1,
            (Err(why), false) => {
                failed += 1;
                failures.push(format!("  FAIL {name}\n    {why}"));
            }
            (Ok(()), true) => {
                xfailed += 1;
                xpassed += 1;
                now_passing.push(strip_py(name).to_string());
            }
            (Err(_), true) => xfailed += 1,
        }
    }
    if !failures.is_empty() {
        report(&format!(
            "golden: {failed} program(s) failed that are not listed in tests/golden/XFAIL:"
        ));
        for f in &failures {
            report(f);
        }
    }
    if !now_passing.is_empty() {
        report("golden: these XFAIL programs now pass; remove them from tests/golden/XFAIL:");
        for n in &now_passing {
            report(&format!("  {n}"));
        }
    }
    let summary = format!(
        "golden: {passed} passed, {failed} failed, {xfailed} xfail ({xpassed} of them now pass)"
    );
    report(&summary);
    assert!(failed == 0, "{summary}");
}
