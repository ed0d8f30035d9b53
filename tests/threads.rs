//! Thread behaviour tests: each test runs one script from `tests/threads/` through the real
//! `garter` binary (working directory `tests/threads`, no stdin) and asserts on its stdout,
//! exit status and stderr.
//!
//! The scripts check themselves where a fact is computed (they print lines such as
//! `counter=800000 expected=800000`), and the tests here compare those lines exactly.
//! Nothing asserts a tight timing: time bounds are generous and mostly checked inside the
//! scripts (e.g. "50 threads sleeping 0.2 s finish in under 2 s").
//!
//! Environment:
//! * `GARTER_THREADS_PYTHON=python3` runs the same scripts with that interpreter instead of
//!   garter, which proves every expectation against CPython 3.11.
//! * `GARTER_BIN=/path/to/garter` runs a given garter binary instead of the one cargo built.
//!
//! Every run is killed after a timeout (60 s unless a test says otherwise), so a deadlock
//! fails the test instead of hanging the suite.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("threads")
}

/// The interpreter under test: `GARTER_THREADS_PYTHON`, else `GARTER_BIN`, else the binary
/// cargo built for this test.
fn interpreter() -> (PathBuf, bool) {
    let var = |name: &str| {
        std::env::var(name)
            .ok()
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    if let Some(py) = var("GARTER_THREADS_PYTHON") {
        return (PathBuf::from(py), true);
    }
    if let Some(bin) = var("GARTER_BIN") {
        return (PathBuf::from(bin), false);
    }
    (PathBuf::from(env!("CARGO_BIN_EXE_garter")), false)
}

struct Run {
    script: String,
    stdout: String,
    stderr: String,
    /// Exit code; `None` when killed by a signal or after the timeout.
    code: Option<i32>,
    timed_out: bool,
    elapsed: Duration,
}

impl Run {
    fn context(&self) -> String {
        let (bin, _) = interpreter();
        format!(
            "\n--- script: {} (interpreter {})\n--- exit: {:?}{}, elapsed {:.2?}\n--- stdout ({} bytes):\n{}\n--- stderr ({} bytes):\n{}\n---",
            self.script,
            bin.display(),
            self.code,
            if self.timed_out {
                " (KILLED AFTER TIMEOUT)"
            } else {
                ""
            },
            self.elapsed,
            self.stdout.len(),
            clip(&self.stdout),
            self.stderr.len(),
            clip(&self.stderr),
        )
    }

    fn stdout_lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .collect()
    }
}

/// Keeps a long output readable in a failure message.
fn clip(s: &str) -> String {
    const MAX: usize = 4000;
    if s.len() <= MAX {
        return s.to_string();
    }
    let mut head = MAX / 2;
    while !s.is_char_boundary(head) {
        head -= 1;
    }
    let mut tail = s.len() - MAX / 2;
    while !s.is_char_boundary(tail) {
        tail += 1;
    }
    format!(
        "{}\n[... {} bytes elided ...]\n{}",
        &s[..head],
        tail - head,
        &s[tail..]
    )
}

fn run_with_timeout(script: &str, timeout: Duration) -> Run {
    let dir = scripts_dir();
    assert!(
        dir.join(script).is_file(),
        "missing script tests/threads/{script}"
    );
    let (bin, is_python) = interpreter();
    let mut cmd = Command::new(&bin);
    if is_python {
        cmd.env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONUTF8", "1")
            .env_remove("PYTHONUNBUFFERED");
    }
    let start = Instant::now();
    let mut child = cmd
        .arg(script)
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let deadline = start + timeout;
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().ok();
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("waiting for {script} failed: {e}");
            }
        }
    };
    let elapsed = start.elapsed();
    // A killed interpreter's own threads are gone with it, so the pipes close.
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Run {
        script: script.to_string(),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: if timed_out {
            None
        } else {
            status.and_then(|s| s.code())
        },
        timed_out,
        elapsed,
    }
}

fn run(script: &str) -> Run {
    run_with_timeout(script, TIMEOUT)
}

/// Exit status 0, not killed.
fn assert_exit0(r: &Run) {
    assert!(!r.timed_out, "timed out (deadlock or hang?){}", r.context());
    assert_eq!(r.code, Some(0), "exit status{}", r.context());
}

/// Exit status 0 and nothing at all on stderr.
fn assert_clean(r: &Run) {
    assert_exit0(r);
    assert!(r.stderr.is_empty(), "unexpected stderr{}", r.context());
}

/// Stdout is exactly `expected` (compared line by line for a readable message).
fn assert_stdout(r: &Run, expected: &str) {
    if r.stdout == expected {
        return;
    }
    let exp: Vec<&str> = expected.lines().collect();
    let act = r.stdout_lines();
    for (i, (e, a)) in exp.iter().zip(act.iter()).enumerate() {
        assert_eq!(a, e, "stdout line {} differs{}", i + 1, r.context());
    }
    assert_eq!(
        act.len(),
        exp.len(),
        "stdout has {} lines, expected {}{}",
        act.len(),
        exp.len(),
        r.context()
    );
    panic!(
        "stdout differs (line endings / final newline){}",
        r.context()
    );
}

/// The common case: a clean exit with exactly this stdout.
fn check(script: &str, expected: &str) -> Run {
    let r = run(script);
    assert_clean(&r);
    assert_stdout(&r, expected);
    r
}

// ---------------------------------------------------------------------------------------
// 1. Exact counts with locks.

#[test]
fn lock_protected_counter_is_exact() {
    check(
        "lock_counter.py",
        "counter=800000 expected=800000\nalive 0\nactive 1\n",
    );
}

// ---------------------------------------------------------------------------------------
// 2. Producer/consumer: nothing lost, nothing duplicated.

#[test]
fn condition_producer_consumer() {
    check(
        "condition_prodcons.py",
        "count=100000 expected=100000\n\
         sum=4999950000 expected=4999950000\n\
         distinct=100000 expected=100000\n\
         min=0 max=99999\n\
         per-producer order kept within each consumer: True\n\
         leftover []\n",
    );
}

#[test]
fn queue_producer_consumer() {
    check(
        "queue_prodcons.py",
        "after q.join: unfinished work = 0\n\
         count=100000 expected=100000\n\
         sum=4999950000 expected=4999950000\n\
         distinct=100000 expected=100000\n\
         min=0 max=99999\n\
         per-producer FIFO order kept within each consumer: True\n\
         empty True qsize 0\n",
    );
}

// ---------------------------------------------------------------------------------------
// 3. Sleeping threads overlap.

#[test]
fn fifty_sleeping_threads_overlap() {
    check(
        "sleep_parallel.py",
        "finished 50 distinct 50\nat least 0.2 s: True\nunder 2 s: True\n",
    );
}

// ---------------------------------------------------------------------------------------
// 4. join(timeout).

#[test]
fn join_with_timeout_returns_while_alive() {
    check(
        "join_timeout.py",
        "join(timeout) returned None\n\
         waited at least the timeout: True\n\
         waited less than 5 s: True\n\
         still alive after join(timeout): True\n\
         result so far: []\n\
         join(0) on a live thread: alive True\n\
         after join(): alive False\n\
         result: ['worker finished']\n\
         join(timeout) on a finished thread returned quickly: True\n",
    );
}

// ---------------------------------------------------------------------------------------
// 5. Uncaught exceptions in threads and threading.excepthook.

/// Index of the first line at or after `from` that satisfies `pred`.
fn find_line(lines: &[&str], from: usize, pred: impl Fn(&str) -> bool) -> Option<usize> {
    (from..lines.len()).find(|&i| pred(lines[i]))
}

#[test]
fn uncaught_exception_in_thread_is_reported_and_process_continues() {
    let r = run("excepthook_default.py");
    assert_exit0(&r);
    assert_stdout(
        &r,
        "main continues after the thread died; alive: False\n\
         SystemExit in a thread ended only that thread; alive: False\n\
         main finished\n",
    );
    let lines = r.stderr_lines();
    let ctx = r.context();
    let h1 = find_line(&lines, 0, |l| l == "Exception in thread boomer:")
        .unwrap_or_else(|| panic!("no `Exception in thread boomer:` header{ctx}"));
    assert_eq!(
        lines.get(h1 + 1).copied(),
        Some("Traceback (most recent call last):"),
        "the header is followed by the traceback{ctx}"
    );
    let frame = find_line(&lines, h1 + 2, |l| {
        l.trim_start().starts_with("File ")
            && l.ends_with("excepthook_default.py\", line 9, in fail")
    })
    .unwrap_or_else(|| panic!("the traceback shows the frame of fail() at line 9{ctx}"));
    let v = find_line(&lines, frame, |l| l == "ValueError: boom")
        .unwrap_or_else(|| panic!("no `ValueError: boom` after the frame{ctx}"));
    let h2 = find_line(&lines, v + 1, |l| {
        l == "Exception in thread Thread-1 (<lambda>):"
    })
    .unwrap_or_else(|| {
        panic!("no `Exception in thread Thread-1 (<lambda>):` header after the first report{ctx}")
    });
    assert_eq!(
        lines.get(h2 + 1).copied(),
        Some("Traceback (most recent call last):"),
        "{ctx}"
    );
    assert_eq!(
        lines.last().copied(),
        Some("IndexError: list index out of range"),
        "last stderr line{ctx}"
    );
    let headers = lines
        .iter()
        .filter(|l| l.starts_with("Exception in thread"))
        .count();
    assert_eq!(
        headers, 2,
        "exactly two reports (SystemExit is silent){ctx}"
    );
    assert!(
        !r.stderr.contains("SystemExit"),
        "SystemExit in a thread prints nothing{ctx}"
    );
}

#[test]
fn custom_excepthook_gets_exception_and_thread() {
    check(
        "excepthook_custom.py",
        "default hook is __excepthook__: True\n\
         ('KeyError', \"'k1'\", True, True, 'first', True)\n\
         ('RuntimeError', 'second failure', True, True, 'second', True)\n\
         restored: True\n",
    );
}

// ---------------------------------------------------------------------------------------
// 6. Daemon threads do not block exit.

const DAEMON_TIMEOUT: Duration = Duration::from_secs(30);
/// Generous: the scripts themselves finish in well under a second.
const DAEMON_EXIT_BOUND: Duration = Duration::from_secs(10);

#[test]
fn sleeping_daemon_thread_does_not_block_exit() {
    let r = run_with_timeout("daemon_sleep.py", DAEMON_TIMEOUT);
    assert_clean(&r);
    assert_stdout(&r, "daemon: True alive: True\nmain exits now\n");
    assert!(
        r.elapsed < DAEMON_EXIT_BOUND,
        "exit took {:.2?}{}",
        r.elapsed,
        r.context()
    );
}

#[test]
fn spinning_daemon_thread_does_not_block_exit() {
    let r = run_with_timeout("daemon_cpu.py", DAEMON_TIMEOUT);
    assert_clean(&r);
    assert_stdout(
        &r,
        "daemon: True alive: True\n\
         daemon made progress while main slept: True\n\
         main computed 19999900000 while the daemon spins\n\
         main exits now\n",
    );
    assert!(
        r.elapsed < DAEMON_EXIT_BOUND,
        "exit took {:.2?}{}",
        r.elapsed,
        r.context()
    );
}

// ---------------------------------------------------------------------------------------
// 7. The interpreter waits for non-daemon threads after the main thread's code ends.

#[test]
fn non_daemon_threads_outlive_main_code() {
    let r = run("main_ends_first.py");
    assert_clean(&r);
    let lines = r.stdout_lines();
    let ctx = r.context();
    assert_eq!(
        lines.first().copied(),
        Some("main done, active threads: 5"),
        "main's line comes first{ctx}"
    );
    let mut rest: Vec<&str> = lines[1..].to_vec();
    rest.sort_unstable();
    assert_eq!(
        rest,
        vec![
            "thread started after main ended",
            "worker 0 finished after main",
            "worker 1 finished after main",
            "worker 2 finished after main",
        ],
        "every thread's later output is printed{ctx}"
    );
    // The workers sleep at least 0.2 s after main's code ends, so exiting earlier would
    // mean they were not waited for (their output is checked above anyway).
    assert!(r.elapsed >= Duration::from_millis(150), "{ctx}");
}

// ---------------------------------------------------------------------------------------
// 8. Stress.

#[test]
fn stress_200_threads_one_lock_one_queue() {
    check(
        "stress.py",
        "threads still alive: 0\n\
         errors: []\n\
         lock counter matches puts: True\n\
         items got == items put: True\n\
         no duplicates: True\n\
         exactly the items put: True\n\
         queue empty: True\n\
         every thread ran: True\n\
         plenty of work done: True\n",
    );
}

// ---------------------------------------------------------------------------------------
// 9. Shared memory and real races.

#[test]
fn unlocked_read_modify_write_loses_updates_locked_does_not() {
    check(
        "race.py",
        "unlocked: lost updates: True (counter is at most expected: True)\n\
         locked: counter=4000 expected=4000\n",
    );
}

// ---------------------------------------------------------------------------------------
// Preemption of CPU-bound threads and thread identity.

#[test]
fn cpu_bound_threads_are_preempted() {
    check(
        "preemption.py",
        "every spinning thread made progress: True\nalive: 0\n",
    );
}

#[test]
fn thread_identity_and_subclassing() {
    check(
        "identity.py",
        "ident before start: None\n\
         results: [0, 10, 20, 30, 40, 50]\n\
         0 True worker-0 enumerate>= True\n\
         1 True worker-1 enumerate>= True\n\
         2 True worker-2 enumerate>= True\n\
         3 True worker-3 enumerate>= True\n\
         4 True worker-4 enumerate>= True\n\
         5 True worker-5 enumerate>= True\n\
         idents distinct: True\n\
         ident attribute matches get_ident(): True\n\
         native ids distinct: True\n\
         native_id attribute matches: True\n\
         main: MainThread True True\n\
         main ident differs from workers: True\n\
         enumerate after join: ['MainThread']\n",
    );
}

// ---------------------------------------------------------------------------------------
// Shared objects used from several threads at once.

#[test]
fn concurrent_import_runs_module_once_and_waits_for_it() {
    check(
        "concurrent_import.py",
        "helper module body runs\n\
         results: [42, 42, 42, 42]\n\
         executions: 1\n",
    );
}

#[test]
fn container_mutated_by_another_thread_during_lookup() {
    check(
        "mutation_during_lookup.py",
        "dict setitem: main -> None; other thread -> ok\n\
         dict get: main -> None; other thread -> ok\n\
         dict contains: main -> False; other thread -> ok\n\
         dict tuple key: main -> None; other thread -> ok\n\
         set add: main -> None; other thread -> ok\n\
         set contains: main -> False; other thread -> ok\n\
         list contains: main -> False; other thread -> ok\n\
         list index: main -> 2; other thread -> ok\n",
    );
}

// ---------------------------------------------------------------------------------------
// 10. The synchronisation primitives, queue and the switch interval.

#[test]
fn thread_local_values() {
    check(
        "local.py",
        "0 (False, 'worker0', True, 101)\n\
         1 (False, 'worker1', True, 101)\n\
         2 (False, 'worker2', True, 101)\n\
         3 (False, 'worker3', True, 101)\n\
         4 (False, 'worker4', True, 101)\n\
         main still sees: main\n\
         main has no values: True\n\
         subclass in thread: [11] in main: 11\n",
    );
}

#[test]
fn semaphores_limit_concurrency() {
    check(
        "semaphore.py",
        "entered 10 max inside at once 3 inside now 0\n\
         acquire True\n\
         non-blocking acquire on zero: False\n\
         timed acquire on zero: False\n\
         timed acquire waited about the timeout: True\n\
         after release(2) three acquires succeed: [True, True, True, False]\n\
         BoundedSemaphore over-release: ValueError Semaphore released too many times\n\
         negative initial value: semaphore initial value must be >= 0\n\
         woken by another thread's release: True ['release', 'acquired']\n",
    );
}

#[test]
fn event_wakes_all_waiters() {
    check(
        "event.py",
        "before set: woken 0 is_set False\n\
         after set: woken 20 distinct 20 all returned True True\n\
         wait on set event: True True\n\
         after clear: False\n\
         wait(0.1) on clear event: False waited about the timeout: True\n\
         wait(30) woken by set: True\n",
    );
}

#[test]
fn barrier_of_five() {
    check(
        "barrier.py",
        "round indices: [0, 1, 2, 3, 4] [0, 1, 2, 3, 4]\n\
         action ran 2 times\n\
         all passed: [0, 1, 2, 3, 4]\n\
         parties 5 n_waiting 0 broken False\n\
         after abort: ['broken', 'broken'] broken True\n\
         after reset: broken False\n\
         timed out alone: BrokenBarrierError, broken True\n",
    );
}

#[test]
fn timer_fires_and_cancel_prevents_firing() {
    check(
        "timer.py",
        "event set by timer: True\n\
         fired: [('first', 42, True)]\n\
         after cancel: [('first', 42, True)]\n\
         cancelled timer alive: False\n\
         Timer is a Thread: True\n",
    );
}

#[test]
fn rlock_is_reentrant_and_owned() {
    check(
        "rlock.py",
        "True True True\n\
         nested with works\n\
         other thread while main holds it: [False, False, 'RuntimeError: cannot release un-acquired lock']\n\
         release when not held: cannot release un-acquired lock\n\
         ['other thread acquired after release']\n\
         recursion under RLock: 50\n",
    );
}

#[test]
fn lock_acquire_timeouts() {
    check(
        "lock_timeout.py",
        "first acquire: True locked: True\n\
         acquire(timeout=0.1) on held lock: False\n\
         waited about the timeout: True True\n\
         acquire(blocking=False): False\n\
         acquire(False): False\n\
         ValueError: can't specify a timeout for a non-blocking call\n\
         ValueError: timeout value must be positive\n\
         other thread timed out: [False]\n\
         blocking acquire woken by other thread's release: True\n\
         locked after release: False\n\
         RuntimeError: release unlocked lock\n",
    );
}

#[test]
fn queue_api_full_empty_join_lifo_priority() {
    check(
        "queue_api.py",
        "full True qsize 2 empty False\n\
         put(timeout) raised queue.Full after about the timeout: True\n\
         put_nowait raised queue.Full\n\
         put(block=False) raised queue.Full\n\
         get 1 2\n\
         get(timeout) raised queue.Empty after about the timeout: True\n\
         get_nowait raised queue.Empty\n\
         get(False) raised queue.Empty\n\
         ValueError: 'timeout' must be a non-negative number\n\
         blocked put completed: ['b', 'c']\n\
         blocked get: late\n\
         join returned after all tasks done: True\n\
         ValueError: task_done() called too many times\n\
         LifoQueue: [3, 2, 1]\n\
         PriorityQueue: [(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')]\n\
         unbounded maxsize: 0 False\n\
         Full/Empty are Exceptions: True True\n",
    );
}

#[test]
fn switch_interval() {
    check(
        "switchinterval.py",
        "default 0.005\n\
         setswitchinterval(0): ValueError: switch interval must be strictly positive\n\
         setswitchinterval(0.0): ValueError: switch interval must be strictly positive\n\
         setswitchinterval(-1): ValueError: switch interval must be strictly positive\n\
         after set 0.001\n\
         restored 0.005\n\
         setswitchinterval('0.01'): TypeError: must be real number, not str\n\
         unchanged 0.005\n",
    );
}

// ---------------------------------------------------------------------------------------
// 11. Output from many threads appears completely, each line intact.

/// Checks the output of `output_lines.py` / `output_unlocked.py`: 5 writers × 1000 lines,
/// every line exactly once, intact and in its writer's order, then `all done`.
fn check_thread_output(r: &Run) {
    let ctx = r.context();
    let lines = r.stdout_lines();
    assert_eq!(lines.len(), 5 * 1000 + 1, "line count{ctx}");
    assert_eq!(lines.last().copied(), Some("all done"), "{ctx}");
    let pad = "abcdefghijklmnopqrstuvwxyz".repeat(2);
    let tags = ["main", "t0", "t1", "t2", "t3"];
    // next expected line number per writer
    let mut next = [0usize; 5];
    for (n, line) in lines[..lines.len() - 1].iter().enumerate() {
        let tag = line.split(' ').next().unwrap_or("");
        let Some(k) = tags.iter().position(|t| *t == tag) else {
            panic!("line {} is not intact: {line:?}{ctx}", n + 1);
        };
        let expected = format!("{tag} line {:04} {pad} end", next[k]);
        assert_eq!(
            *line,
            expected,
            "line {} (missing, duplicated, out of order or torn){ctx}",
            n + 1
        );
        next[k] += 1;
    }
    assert_eq!(next, [1000; 5], "every writer's 1000 lines{ctx}");
}

#[test]
fn output_of_all_threads_appears_completely() {
    let r = run("output_lines.py");
    assert_clean(&r);
    check_thread_output(&r);
}

/// Unlocked concurrent writes, one call per line. Garter makes each `print()` /
/// `sys.stdout.write()` call atomic, so lines are never torn. CPython's `TextIOWrapper` is
/// documented as not thread-safe and really does tear lines (and has emitted garbage
/// bytes) under this harness, so with `GARTER_THREADS_PYTHON` only the exit is checked.
#[test]
fn unlocked_output_lines_are_never_torn() {
    let r = run("output_unlocked.py");
    assert_exit0(&r);
    if interpreter().1 {
        return;
    }
    assert!(r.stderr.is_empty(), "unexpected stderr{}", r.context());
    check_thread_output(&r);
}
