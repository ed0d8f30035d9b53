//! Running untrusted scripts: `cargo run --release --example embed_sandbox`.
//!
//! A sandboxed interpreter (no `open`, no `os`/`sys`/`signal`/threads, no `.py` imports)
//! with resource limits (operations per call, a timeout, a cap on single allocations),
//! and a watchdog thread that stops a script that blocks instead of computing.

use garter::embed::{Interpreter, Limit, Limits};
use std::time::Duration;

fn main() {
    let interp = Interpreter::builder()
        .sandboxed()
        .recursion_limit(200)
        .limits(Limits {
            max_operations: Some(5_000_000),
            timeout: Some(Duration::from_millis(500)),
            max_alloc_bytes: Some(16 << 20),
        })
        .build();

    let scripts = [
        ("file access", "open('/etc/passwd').read()"),
        ("os access", "import os\nos.system('echo pwned')"),
        ("busy loop", "while True:\n    pass"),
        (
            "swallowing the limit",
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
        ),
        ("huge string", "s = 'x' * 10**9"),
        ("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)"),
        (
            "fine",
            "import math\nresult = sum(math.sqrt(i) for i in range(10000))",
        ),
    ];
    for (what, src) in scripts {
        match interp.run(src, "untrusted.py") {
            Ok(()) => println!("{what:22} ok"),
            Err(e) => {
                let why = match e.limit() {
                    Some(Limit::Operations) => " (operation budget)",
                    Some(Limit::Timeout) => " (timeout)",
                    Some(Limit::Stopped) => " (stopped)",
                    None => "",
                };
                println!("{what:22} {}{why}", e.last_line());
            }
        }
    }

    // A script that blocks (the timeout only counts while it computes): a watchdog
    // thread stops it; the script cannot catch that.
    let plain = Interpreter::new();
    let handle = plain.interrupt_handle();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.stop();
    });
    let e = plain
        .run(
            "import time\nwhile True:\n    try:\n        time.sleep(60)\n    except BaseException:\n        pass",
            "sleepy.py",
        )
        .unwrap_err();
    watchdog.join().expect("watchdog");
    println!("{:22} {}", "watchdog", e.last_line());
}
