//! The interactive REPL end to end: the real `garter` binary driven through a
//! pseudo-terminal (multi-line input, echo and `_`, tracebacks, Ctrl+C at the prompt
//! and in running code, threads printing at the prompt, history across sessions, tab
//! completion, Ctrl+D), and the not-a-terminal mode that runs a piped program.
//!
//! Every expectation waits up to [`TIMEOUT_MS`]; nothing asserts on timing. Expected
//! outputs are chosen so they never appear in the echo of the input that produces them
//! (`6 * 7` prints `42`).

use rexpect::session::{Options, PtySession, spawn_with_options};
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const TIMEOUT_MS: u64 = 20_000;

/// A private directory for one test's history file.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("garter-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `garter ARGS` on a new pseudo-terminal, its history in `hist`.
fn spawn_in(args: &[&str], hist: &std::path::Path) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_garter"));
    cmd.args(args)
        .env("TERM", "xterm")
        .env("GARTER_HISTFILE", hist)
        .env_remove("PYTHONUNBUFFERED");
    // A test run started in the background (or under `nohup`) has SIGINT ignored, and
    // an interpreter that starts with SIGINT ignored keeps it ignored (as CPython), so
    // the child gets what a terminal session would have: default SIGINT, no mask.
    // SAFETY: between fork and exec the closure calls only async-signal-safe functions
    // (signal, sigemptyset, sigprocmask) on a local, zero-initialised sigset.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            Ok(())
        });
    }
    let opts = Options::new()
        .timeout_ms(Some(TIMEOUT_MS))
        .strip_ansi_escape_codes(true);
    let mut p = spawn_with_options(cmd, opts).expect("spawn garter on a pty");
    p.exp_string(">>> ").expect("first prompt");
    p
}

/// A REPL session with its own (throw-away) history file.
fn spawn(name: &str) -> PtySession {
    let dir = temp_dir(name);
    spawn_in(&[], &dir.join("history"))
}

/// Type a line and press Enter.
fn line(p: &mut PtySession, text: &str) {
    p.send(text).expect("send");
    p.send("\r").expect("send");
    p.flush().expect("flush");
}

fn expect(p: &mut PtySession, what: &str) -> String {
    match p.exp_string(what) {
        Ok(before) => before,
        Err(e) => panic!("expected {what:?}: {e}"),
    }
}

/// Ctrl+D on an empty line: the session ends with status 0.
fn finish(mut p: PtySession) {
    p.send_control('d').expect("send Ctrl+D");
    p.exp_eof().expect("garter exits on Ctrl+D");
    match p.process().wait() {
        Ok(rexpect::process::WaitStatus::Exited(_, code)) => assert_eq!(code, 0),
        other => panic!("unexpected end: {other:?}"),
    }
}

#[test]
fn multi_line_def_then_call() {
    let mut p = spawn("def");
    line(&mut p, "def double(x):");
    expect(&mut p, "... ");
    // The next line is indented for us.
    line(&mut p, "return x * 2");
    expect(&mut p, "... ");
    line(&mut p, "");
    expect(&mut p, ">>> ");
    line(&mut p, "double(21)");
    expect(&mut p, "42");
    expect(&mut p, ">>> ");
    // Brackets continue too, and a blank line inside them does not end the input.
    line(&mut p, "t = (1,");
    expect(&mut p, "... ");
    line(&mut p, "");
    expect(&mut p, "... ");
    line(&mut p, "2)");
    expect(&mut p, ">>> ");
    line(&mut p, "t[0] * 100 + t[1] * 11");
    expect(&mut p, "122");
    finish(p);
}

#[test]
fn expression_echo_and_underscore() {
    let mut p = spawn("echo");
    line(&mut p, "6 * 7");
    expect(&mut p, "42");
    line(&mut p, "_ + 1");
    expect(&mut p, "43");
    // None is not echoed and leaves `_` alone; strings echo their repr.
    line(&mut p, "None");
    line(&mut p, "'a' + 'b'");
    expect(&mut p, "'ab'");
    line(&mut p, "_ * 2");
    expect(&mut p, "'abab'");
    // `exit` without parentheses says how to leave, as in CPython.
    line(&mut p, "exit");
    expect(&mut p, "Use exit() or Ctrl-D (i.e. EOF) to exit");
    finish(p);
}

#[test]
fn traceback_then_continue() {
    let mut p = spawn("traceback");
    line(&mut p, "1 / 0");
    expect(&mut p, "Traceback (most recent call last):");
    expect(&mut p, "ZeroDivisionError: division by zero");
    expect(&mut p, ">>> ");
    line(&mut p, "if x = 1:");
    expect(&mut p, "SyntaxError: invalid syntax");
    expect(&mut p, ">>> ");
    // State survives both.
    line(&mut p, "y = 7");
    line(&mut p, "y * 8");
    expect(&mut p, "56");
    finish(p);
}

#[test]
fn ctrl_c_at_the_prompt_twice() {
    let mut p = spawn("ctrlc-prompt");
    p.send("abc").expect("send");
    p.flush().expect("flush");
    p.send_control('c').expect("Ctrl+C");
    expect(&mut p, "KeyboardInterrupt");
    expect(&mut p, ">>> ");
    p.send_control('c').expect("Ctrl+C");
    expect(&mut p, "KeyboardInterrupt");
    expect(&mut p, ">>> ");
    // The discarded input never ran, and the prompt still works.
    line(&mut p, "3 * 3");
    expect(&mut p, "9");
    finish(p);
}

#[test]
fn ctrl_c_interrupts_running_code_twice() {
    let mut p = spawn("ctrlc-run");
    line(&mut p, "def spin():");
    line(&mut p, "print('spi' + 'nning')");
    line(&mut p, "while True: pass");
    line(&mut p, "");
    expect(&mut p, ">>> ");
    for _ in 0..2 {
        line(&mut p, "spin()");
        expect(&mut p, "spinning");
        p.send_control('c').expect("Ctrl+C");
        expect(&mut p, "KeyboardInterrupt");
        expect(&mut p, ">>> ");
    }
    line(&mut p, "4 * 4");
    expect(&mut p, "16");
    // A SIGINT from outside while the prompt waits (rustyline's own handler takes it),
    // and Ctrl+C in running code still works after it.
    p.process_mut()
        .signal(rexpect::process::Signal::SIGINT)
        .expect("kill -INT");
    expect(&mut p, "KeyboardInterrupt");
    expect(&mut p, ">>> ");
    line(&mut p, "spin()");
    expect(&mut p, "spinning");
    p.send_control('c').expect("Ctrl+C");
    expect(&mut p, "KeyboardInterrupt");
    expect(&mut p, ">>> ");
    finish(p);
}

#[test]
fn signal_handler_runs_while_the_prompt_waits() {
    let mut p = spawn("alarm");
    line(&mut p, "import signal");
    line(
        &mut p,
        "signal.signal(signal.SIGALRM, lambda s, f: print('al' + 'arm', s))",
    );
    line(&mut p, "signal.alarm(1)");
    expect(&mut p, "alarm 14");
    expect(&mut p, ">>> ");
    line(&mut p, "2 * 21");
    expect(&mut p, "42");
    finish(p);
}

#[test]
fn thread_prints_while_the_prompt_waits() {
    let mut p = spawn("thread");
    line(&mut p, "import threading, time");
    line(&mut p, "def tick():");
    line(&mut p, "for i in range(3):");
    line(&mut p, "time.sleep(0.2)");
    line(&mut p, "print('tick-' + str(i * 11))");
    line(&mut p, "");
    line(&mut p, "");
    expect(&mut p, ">>> ");
    line(&mut p, "threading.Thread(target=tick).start()");
    // Half a line typed while the thread prints: it must survive the output.
    p.send("5 *").expect("send");
    p.flush().expect("flush");
    expect(&mut p, "tick-0");
    expect(&mut p, "tick-22");
    // The prompt is drawn again below the thread's output.
    expect(&mut p, ">>> ");
    line(&mut p, " 5");
    expect(&mut p, "25");
    finish(p);
}

#[test]
fn history_is_saved_and_reloaded() {
    let dir = temp_dir("history");
    let hist = dir.join("history");
    let mut p = spawn_in(&[], &hist);
    line(&mut p, "def hist_fn():");
    line(&mut p, "return 'from' + 'history'");
    line(&mut p, "");
    expect(&mut p, ">>> ");
    line(&mut p, "hist_marker = 1234");
    expect(&mut p, ">>> ");
    finish(p);
    let saved = std::fs::read_to_string(&hist).expect("history file written");
    assert!(saved.contains("hist_marker = 1234"), "{saved:?}");
    // A multi-line statement is one entry.
    assert!(
        saved.contains("def hist_fn():\\n    return 'from' + 'history'"),
        "{saved:?}"
    );

    let mut p = spawn_in(&[], &hist);
    // Up: the last entry of the first session.
    p.send("\x1b[A\r").expect("send");
    p.flush().expect("flush");
    expect(&mut p, ">>> ");
    line(&mut p, "hist_marker + 1");
    expect(&mut p, "1235");
    // Up three times: the whole def comes back as one entry, and Enter runs it.
    p.send("\x1b[A\x1b[A\x1b[A\r").expect("send");
    p.flush().expect("flush");
    expect(&mut p, ">>> ");
    line(&mut p, "hist_fn()");
    expect(&mut p, "'fromhistory'");
    finish(p);
}

#[test]
fn tab_completes_globals_and_attributes() {
    let mut p = spawn("complete");
    line(&mut p, "banana_split = 7");
    expect(&mut p, ">>> ");
    p.send("bana\t").expect("send");
    p.flush().expect("flush");
    expect(&mut p, "banana_split");
    line(&mut p, " * 6");
    expect(&mut p, "42");
    line(&mut p, "import math");
    expect(&mut p, ">>> ");
    p.send("math.sq\t").expect("send");
    p.flush().expect("flush");
    expect(&mut p, "math.sqrt(");
    line(&mut p, "16)");
    expect(&mut p, "4.0");
    finish(p);
}

#[test]
fn ctrl_d_exits_zero() {
    let p = spawn("ctrld");
    finish(p);
}

#[test]
fn exit_status_from_exit() {
    let mut p = spawn("exit");
    line(&mut p, "exit(3)");
    p.exp_eof().expect("exit() ends the session");
    match p.process().wait() {
        Ok(rexpect::process::WaitStatus::Exited(_, code)) => assert_eq!(code, 3),
        other => panic!("unexpected end: {other:?}"),
    }
}

#[test]
fn inspect_runs_the_script_then_prompts() {
    let dir = temp_dir("inspect");
    let script = dir.join("script.py");
    std::fs::write(&script, "value = 20\nprint('script' + ' ran')\n").expect("write");
    let mut p = spawn_in(&["-i", script.to_str().unwrap()], &dir.join("history"));
    line(&mut p, "value + 1");
    expect(&mut p, "21");
    finish(p);
}

#[test]
fn stdin_not_a_terminal_runs_the_program() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_garter"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn garter");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"x = 6\nprint(x * 7)\nx * 100\n")
        .expect("write program");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success(), "{out:?}");
    // A program, not a session: no banner, no prompt, no echo of `x * 100`.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
