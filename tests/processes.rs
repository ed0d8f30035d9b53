//! Processes end to end (`multiprocessing`, `concurrent.futures`): the real `garter`
//! binary runs a script from `tests/processes/` in its own process group; the tests send
//! real signals to the whole group (as a terminal's Ctrl+C does) and check that the
//! parent stops promptly with `KeyboardInterrupt`, that no child process is left
//! behind, that a worker dying abruptly breaks the pool with a clear error instead of a
//! hang, and what happens to children at exit.
//!
//! `GARTER_BIN=/path/to/garter` runs the tests against another Garter binary.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const READY_TIMEOUT: Duration = Duration::from_secs(30);
const EXIT_TIMEOUT: Duration = Duration::from_secs(20);

fn interpreter() -> String {
    std::env::var("GARTER_BIN")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_garter").to_string())
}

fn scripts_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("processes")
}

struct Script {
    child: Child,
    lines: Receiver<String>,
    stdout: String,
    stdout_thread: Option<JoinHandle<()>>,
    stderr_thread: Option<JoinHandle<String>>,
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: ExitStatus,
    elapsed: Duration,
}

fn spawn(script: &str, args: &[&str]) -> Script {
    let mut cmd = Command::new(interpreter());
    cmd.arg(script)
        .args(args)
        .current_dir(scripts_dir())
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    // SAFETY: runs in the forked child before exec; `signal` is async-signal-safe. The
    // child starts with SIGINT at its default even if the test run ignores it.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn garter");
    let out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let (tx, lines) = mpsc::channel();
    let stdout_thread = thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let stderr_thread = thread::spawn(move || {
        let mut s = String::new();
        let _ = err.read_to_string(&mut s);
        s
    });
    Script {
        child,
        lines,
        stdout: String::new(),
        stdout_thread: Some(stdout_thread),
        stderr_thread: Some(stderr_thread),
    }
}

impl Script {
    /// Read lines until one equals `want`; returns the lines before it.
    fn wait_for(&mut self, want: &str) -> Vec<String> {
        let deadline = Instant::now() + READY_TIMEOUT;
        let mut seen = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.stdout.push_str(&line);
                    self.stdout.push('\n');
                    if line == want {
                        return seen;
                    }
                    seen.push(line);
                }
                Err(_) => {
                    let _ = self.child.kill();
                    let o = self.finish(Instant::now());
                    panic!(
                        "no {want:?} line; stdout:\n{}\nstderr:\n{}",
                        o.stdout, o.stderr
                    );
                }
            }
        }
    }

    fn pgid(&self) -> i32 {
        self.child.id() as i32
    }

    /// Wait for the process to exit (killing it after `EXIT_TIMEOUT`).
    fn finish(&mut self, since: Instant) -> Outcome {
        let deadline = Instant::now() + EXIT_TIMEOUT;
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            if Instant::now() > deadline {
                // SAFETY: plain FFI call; kills the whole group we created.
                unsafe { libc::kill(-self.pgid(), libc::SIGKILL) };
                let _ = self.child.wait();
                panic!("script did not exit within {EXIT_TIMEOUT:?}");
            }
            thread::sleep(Duration::from_millis(1));
        };
        let elapsed = since.elapsed();
        if let Some(t) = self.stdout_thread.take() {
            let _ = t.join();
        }
        while let Ok(line) = self.lines.try_recv() {
            self.stdout.push_str(&line);
            self.stdout.push('\n');
        }
        let stderr = self
            .stderr_thread
            .take()
            .map(|t| t.join().unwrap_or_default())
            .unwrap_or_default();
        Outcome {
            stdout: std::mem::take(&mut self.stdout),
            stderr,
            status,
            elapsed,
        }
    }
}

fn run(script: &str, args: &[&str]) -> Outcome {
    let start = Instant::now();
    let mut s = spawn(script, args);
    s.finish(start)
}

fn pids_from(lines: &[String]) -> Vec<i32> {
    lines
        .iter()
        .find_map(|l| l.strip_prefix("pids "))
        .expect("a pids line")
        .split_whitespace()
        .map(|p| p.parse().expect("pid"))
        .collect()
}

/// The process group of `pid` from /proc, if the process exists.
fn proc_pgid(pid: i32) -> Option<i32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "pid (comm) state ppid pgrp ..." — comm may contain spaces: split after ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(2)?.parse().ok()
}

/// Every process still in group `pgid`.
fn group_members(pgid: i32) -> Vec<i32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|&pid| proc_pgid(pid) == Some(pgid))
        .collect()
}

/// Wait (briefly) until none of `pids` exists, not even as a zombie, and the group is
/// empty; fail otherwise.
fn assert_no_children_left(pgid: i32, pids: &[i32]) {
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let alive: Vec<i32> = pids
            .iter()
            .copied()
            .filter(|p| std::path::Path::new(&format!("/proc/{p}")).exists())
            .collect();
        let group = group_members(pgid);
        if alive.is_empty() && group.is_empty() {
            return;
        }
        if Instant::now() > deadline {
            for &p in alive.iter().chain(group.iter()) {
                // SAFETY: plain FFI call; cleans up what the test found.
                unsafe { libc::kill(p, libc::SIGKILL) };
            }
            panic!("processes left behind: children {alive:?}, group {group:?}");
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn interrupt_case(mode: &str) {
    let mut s = spawn("interrupt.py", &[mode]);
    let before = s.wait_for("ready");
    let pids = pids_from(&before);
    // Let the main thread settle into its wait and the work reach the workers.
    thread::sleep(Duration::from_millis(300));
    let pgid = s.pgid();
    let t0 = Instant::now();
    // SAFETY: plain FFI call: SIGINT to the script's whole process group, as a
    // terminal's Ctrl+C.
    assert_eq!(unsafe { libc::kill(-pgid, libc::SIGINT) }, 0);
    let o = s.finish(t0);
    eprintln!("{mode}: exited {:?} after SIGINT", o.elapsed);
    assert_eq!(
        o.status.signal(),
        Some(libc::SIGINT),
        "{mode}: status {:?}\nstderr:\n{}",
        o.status,
        o.stderr
    );
    assert_eq!(
        o.stderr.lines().last(),
        Some("KeyboardInterrupt"),
        "{}",
        o.stderr
    );
    assert_eq!(
        o.stderr.matches("Traceback").count(),
        1,
        "{mode}: only the parent reports the interrupt:\n{}",
        o.stderr
    );
    assert!(
        o.elapsed < Duration::from_secs(3),
        "{mode}: took {:?}",
        o.elapsed
    );
    assert_no_children_left(pgid, &pids);
}

#[test]
fn ctrl_c_during_pool_map() {
    interrupt_case("pool_map");
}

#[test]
fn ctrl_c_during_process_join() {
    interrupt_case("join");
}

#[test]
fn ctrl_c_during_queue_get() {
    interrupt_case("queue_get");
}

#[test]
fn ctrl_c_during_future_result() {
    interrupt_case("future_result");
}

#[test]
fn killed_worker_breaks_pool() {
    let o = run("broken.py", &["pool"]);
    assert!(o.status.success(), "{:?}\n{}", o.status, o.stderr);
    let msg = "BrokenProcessPool A worker process of the pool died unexpectedly; \
               the pool is not usable anymore";
    assert_eq!(
        o.stdout,
        format!("{msg}\n{msg}\ndone\n"),
        "stderr:\n{}",
        o.stderr
    );
    assert!(o.elapsed < Duration::from_secs(10), "took {:?}", o.elapsed);
}

#[test]
fn exiting_worker_breaks_executor() {
    let o = run("broken.py", &["executor"]);
    assert!(o.status.success(), "{:?}\n{}", o.status, o.stderr);
    assert_eq!(
        o.stdout,
        "concurrent.futures.process.BrokenProcessPool: A process in the process pool was \
         terminated abruptly while the future was running or pending.\n\
         BrokenProcessPool: A child process terminated abruptly, the process pool is not \
         usable anymore\ndone\n",
        "stderr:\n{}",
        o.stderr
    );
}

#[test]
fn exit_joins_non_daemon_children_and_terminates_daemons() {
    let start = Instant::now();
    let mut s = spawn("lifecycle.py", &[]);
    let before = s.wait_for("main done");
    let pids = pids_from(&before);
    let pgid = s.pgid();
    let o = s.finish(start);
    assert!(o.status.success(), "{:?}\n{}", o.status, o.stderr);
    assert!(
        o.stdout.ends_with("main done\nnon-daemon child done\n"),
        "{}",
        o.stdout
    );
    assert!(!o.stdout.contains("daemon should never print"));
    assert!(o.elapsed < Duration::from_secs(10), "took {:?}", o.elapsed);
    assert_no_children_left(pgid, &pids);
}

#[test]
fn fork_start_method_is_refused() {
    let out = Command::new(interpreter())
        .args([
            "-c",
            "import multiprocessing as mp\n\
             for m in ('fork', 'forkserver'):\n    \
                 try:\n        mp.set_start_method(m)\n    \
                 except ValueError as e:\n        print(e)\n\
             print(mp.get_all_start_methods(), mp.get_context('spawn').get_start_method())",
        ])
        .output()
        .expect("run garter");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "start method 'fork' is not supported by Garter: only 'spawn' is\n\
         start method 'forkserver' is not supported by Garter: only 'spawn' is\n\
         ['spawn'] spawn\n"
    );
}

#[test]
fn missing_main_guard_fails_cleanly() {
    let o = run("noguard.py", &[]);
    assert_eq!(o.status.code(), Some(1), "{}", o.stderr);
    // The parent's body, and the children's before they refuse (once one child has
    // died, the parent may kill the other before it gets that far).
    let bodies = o.stdout.lines().filter(|l| *l == "body runs").count();
    assert!(
        (1..=3).contains(&bodies) && o.stdout.lines().count() == bodies,
        "{}",
        o.stdout
    );
    assert!(o.stderr.contains("bootstrapping phase"), "{}", o.stderr);
    assert_eq!(
        o.stderr.lines().last(),
        Some(
            "concurrent.futures.process.BrokenProcessPool: A worker process of the pool \
             died unexpectedly; the pool is not usable anymore"
        )
    );
    assert!(o.elapsed < Duration::from_secs(10), "took {:?}", o.elapsed);
}
