//! The `garter` binary end to end: command-line modes, exit statuses, CPython-format
//! tracebacks and syntax errors, output flushing, recursion limits, and robustness
//! against bad arguments to builtins.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn garter() -> Command {
    Command::new(env!("CARGO_BIN_EXE_garter"))
}

fn run_code(code: &str) -> Output {
    garter().args(["-c", code]).output().expect("run garter")
}

fn run_file(name: &str, code: &str) -> Output {
    let dir = std::env::temp_dir().join(format!("garter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, code).expect("write script");
    let out = garter()
        .arg(&path)
        .current_dir(&dir)
        .output()
        .expect("run garter");
    let _ = std::fs::remove_file(&path);
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn version_flag() {
    let o = garter().arg("--version").output().expect("run");
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("garter "), "{}", stdout(&o));
}

#[test]
fn dash_c_and_argv() {
    let o = garter()
        .args(["-c", "import sys; print(1 + 1, sys.argv)", "a", "b"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "2 ['-c', 'a', 'b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn program_from_stdin() {
    let mut child = garter()
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"for i in range(3):\n    print(i * i)\n")
        .expect("write");
    let o = child.wait_with_output().expect("wait");
    assert_eq!(stdout(&o), "0\n1\n4\n");
}

#[test]
fn check_mode_reports_syntax_errors() {
    let ok = run_file("good.py", "def f(x):\n    return x + 1\n");
    assert_eq!(ok.status.code(), Some(0));
    let dir = std::env::temp_dir().join(format!("garter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let bad = dir.join("bad.py");
    std::fs::write(&bad, "x = 1\nif x = 1:\n    pass\n").expect("write");
    let o = garter().arg("--check").arg(&bad).output().expect("run");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("bad.py\", line 2\n"), "{err}");
    assert!(err.contains("    if x = 1:\n"), "{err}");
    assert!(
        err.lines()
            .last()
            .unwrap_or("")
            .starts_with("SyntaxError: invalid syntax"),
        "{err}"
    );
    let good = dir.join("good2.py");
    std::fs::write(&good, "print('hi')\n").expect("write");
    let o = garter().arg("--check").arg(&good).output().expect("run");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "", "--check must not run the program");
}

#[test]
fn dis_prints_bytecode() {
    let dir = std::env::temp_dir().join(format!("garter-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let p = dir.join("d.py");
    std::fs::write(&p, "def f(a):\n    b = a * 2\n    return b + a\n").expect("write");
    let o = garter().arg("--dis").arg(&p).output().expect("run");
    let text = stdout(&o);
    assert!(text.contains("Disassembly of <code object f"), "{text}");
    assert!(text.contains("BinaryOp             2 (*)"), "{text}");
    // `return b + a`: the fused form, with the `Return` it covers still listed.
    assert!(text.contains("BinaryReturn         0 (+)"), "{text}");
    assert!(text.contains("Return"), "{text}");
}

#[test]
fn traceback_matches_cpython_format() {
    let code = "def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nprint('before')\nouter()\n";
    let o = run_file("tb.py", code);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "before\n",
        "stdout is flushed before the traceback"
    );
    let err = stderr(&o);
    let want = "Traceback (most recent call last):\n  File \"PATH\", line 8, in <module>\n    outer()\n  File \"PATH\", line 5, in outer\n    return inner(0)\n  File \"PATH\", line 2, in inner\n    return 1 / x\nZeroDivisionError: division by zero\n";
    let got = err.replace(
        &std::env::temp_dir()
            .join(format!("garter-cli-{}", std::process::id()))
            .join("tb.py")
            .display()
            .to_string(),
        "PATH",
    );
    assert_eq!(got, want);
}

#[test]
fn chained_exception_reports() {
    let code = "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n";
    let err = stderr(&run_code(code));
    assert!(err.contains("KeyError: 'k'"), "{err}");
    assert!(
        err.contains("The above exception was the direct cause of the following exception:"),
        "{err}"
    );
    assert!(err.trim_end().ends_with("ValueError: bad"), "{err}");
    let code = "try:\n    1/0\nexcept ZeroDivisionError:\n    undefined_name\n";
    let err = stderr(&run_code(code));
    assert!(
        err.contains("During handling of the above exception, another exception occurred:"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("NameError: name 'undefined_name' is not defined"),
        "{err}"
    );
}

#[test]
fn exit_statuses() {
    assert_eq!(run_code("import sys; sys.exit()").status.code(), Some(0));
    assert_eq!(run_code("import sys; sys.exit(3)").status.code(), Some(3));
    let o = run_code("import sys; sys.exit('goodbye')");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "goodbye\n");
    assert_eq!(run_code("raise SystemExit(7)").status.code(), Some(7));
    assert_eq!(run_code("exit(0)").status.code(), Some(0));
    assert_eq!(run_code("raise ValueError('x')").status.code(), Some(1));
}

#[test]
fn finally_runs_on_sys_exit_and_output_is_flushed() {
    let o = run_code(
        "import sys\ntry:\n    print('work')\n    sys.exit(4)\nfinally:\n    print('cleanup')\n",
    );
    assert_eq!(stdout(&o), "work\ncleanup\n");
    assert_eq!(o.status.code(), Some(4));
    let o = run_code("for i in range(20000):\n    print(i)\nraise RuntimeError('late')\n");
    assert_eq!(stdout(&o).lines().count(), 20000);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn syntax_error_when_running() {
    let o = run_code("print('never')\nx = (1,\n");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o)
            .trim_end()
            .ends_with("SyntaxError: '(' was never closed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn recursion_is_an_exception_not_a_crash() {
    let code = "import sys\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\nsys.setrecursionlimit(100000)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\nprint(g(60000))\nclass A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('repr caught')\nl = []\nfor i in range(200000):\n    l = [l]\ntry:\n    s = repr(l)\n    print('repr ok', len(s))\nexcept RecursionError:\n    print('nested caught')\n";
    let o = run_code(code);
    let out = stdout(&o);
    assert!(
        out.starts_with("caught maximum recursion depth exceeded\n60000\nrepr caught\n"),
        "{out}\n{}",
        stderr(&o)
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn uncaught_recursion_error_exits_cleanly() {
    let o = run_code("def f():\n    f()\nf()\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o)
            .trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded")
    );
}

#[test]
fn bad_arguments_never_crash() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/robust/bad_args.py");
    let o = garter().arg(script).output().expect("run");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "builtins exercised: 55\nmethod calls: 2700\nmodule functions ok\noperator pairs: 2700\n"
    );
}

#[test]
fn huge_allocations_raise_memory_error() {
    let o = run_code(
        "try:\n    'x' * 10**12\nexcept MemoryError:\n    print('MemoryError')\ntry:\n    [0] * 10**12\nexcept MemoryError:\n    print('MemoryError')\n",
    );
    assert_eq!(stdout(&o), "MemoryError\nMemoryError\n");
}

/// `time.monotonic`/`perf_counter` read the system-wide monotonic clock, as CPython's do,
/// so values agree between processes (a `multiprocessing` parent and its children);
/// `process_time` counts CPU time, not wall time.
#[test]
fn clocks_agree_with_cpython() {
    let code = "import time\nprint(time.monotonic())\nprint(time.perf_counter_ns())";
    let ours = stdout(&run_code(code));
    let Ok(py) = Command::new("python3").args(["-c", code]).output() else {
        return; // no CPython on this machine: nothing to compare with
    };
    let theirs = String::from_utf8_lossy(&py.stdout).to_string();
    let a: Vec<f64> = ours.lines().map(|l| l.parse().unwrap()).collect();
    let b: Vec<f64> = theirs.lines().map(|l| l.parse().unwrap()).collect();
    assert!(
        (a[0] - b[0]).abs() < 30.0,
        "monotonic {a:?} vs CPython {b:?}"
    );
    assert!(
        (a[1] - b[1]).abs() < 30e9,
        "perf_counter_ns {a:?} vs CPython {b:?}"
    );
    let cpu = stdout(&run_code(
        "import time\nt = time.process_time()\ntime.sleep(0.3)\nprint(time.process_time() - t < 0.2)",
    ));
    assert_eq!(cpu.trim(), "True", "process_time must not count sleeping");
}
