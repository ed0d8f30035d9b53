//! Untrusted scripts: module and builtin restrictions, resource limits, `stop()`,
//! allocation failures.

use super::*;

// ----- sandboxing: builtins and modules -----

#[test]
fn sandboxed_interpreter_has_no_open_os_or_sys() {
    let interp = Interpreter::builder().sandboxed().build();
    assert_eq!(
        err_line(interp.run("open('/etc/passwd')", "evil.py")),
        "NameError: name 'open' is not defined"
    );
    assert_eq!(
        err_line(interp.run("input()", "evil.py")),
        "NameError: name 'input' is not defined"
    );
    for m in [
        "os",
        "sys",
        "signal",
        "_signal",
        "_thread",
        "threading",
        "os.path",
    ] {
        let e = interp.run(&format!("import {m}"), "evil.py").unwrap_err();
        assert_eq!(e.kind(), "ModuleNotFoundError", "{m}");
        assert!(e.message().starts_with("No module named"), "{m}: {e}");
    }
    let e = interp.eval::<i64>("__import__('os')").unwrap_err();
    assert_eq!(e.kind(), "ModuleNotFoundError");
    // What is allowed still works.
    assert_eq!(
        interp
            .eval::<f64>("__import__('math').sqrt(2.0) ** 2")
            .unwrap()
            .round(),
        2.0
    );
    interp
        .run("import time, heapq\nt = time.monotonic()", "ok.py")
        .unwrap();
    // Host modules are importable in a sandbox.
    interp.add_module("api", |m| {
        m.constant("N", 3);
    });
    assert_eq!(interp.eval::<i64>("__import__('api').N").unwrap(), 3);
}

#[test]
fn sandbox_refuses_py_files_on_the_path() {
    let dir = std::env::temp_dir().join(format!("garter-sbx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helper_mod.py"), "X = 42\n").unwrap();
    let open = Interpreter::builder().path(dir.to_str().unwrap()).build();
    assert_eq!(open.eval::<i64>("__import__('helper_mod').X").unwrap(), 42);
    let closed = Interpreter::builder()
        .path(dir.to_str().unwrap())
        .sandboxed()
        .build();
    assert_eq!(
        err_line(closed.eval::<i64>("__import__('helper_mod').X")),
        "ModuleNotFoundError: No module named 'helper_mod'"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn deny_modules_and_remove_builtins_individually() {
    let interp = Interpreter::builder()
        .deny_modules(["math"])
        .remove_builtins(["print", "len"])
        .build();
    assert_eq!(
        err_line(interp.run("import math", "x.py")),
        "ModuleNotFoundError: No module named 'math'"
    );
    assert_eq!(
        err_line(interp.run("print(1)", "x.py")),
        "NameError: name 'print' is not defined"
    );
    interp.run("import os", "x.py").unwrap();
    // allow_modules: only these.
    let interp = Interpreter::builder().allow_modules(["math"]).build();
    interp.run("import math", "x.py").unwrap();
    assert_eq!(
        err_line(interp.run("import time", "x.py")),
        "ModuleNotFoundError: No module named 'time'"
    );
    assert!(interp.eval::<bool>("callable(open)").unwrap());
}

// ----- limits -----

fn limited(limits: Limits) -> Interpreter {
    Interpreter::builder().limits(limits).build()
}

#[test]
fn operation_limit_stops_loops_and_recursion() {
    let interp = limited(Limits {
        max_operations: Some(10_000),
        ..Limits::default()
    });
    let e = interp
        .run("while True:\n    pass\n", "spin.py")
        .unwrap_err();
    assert_eq!(e.kind(), "LimitExceeded");
    assert_eq!(e.limit(), Some(Limit::Operations));
    assert_eq!(e.message(), "operation limit exceeded (10000 operations)");
    assert!(e.to_string().contains("spin.py"), "{e}");
    // Calls count too.
    let e = interp
        .run(
            "def f():\n    return 1\nfor i in range(6000):\n    f()\n",
            "calls.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    // The budget is per host call: a small script runs fine afterwards.
    interp
        .run("s = 0\nfor i in range(1000):\n    s += i\n", "ok.py")
        .unwrap();
    assert_eq!(interp.get_global::<i64>("s").unwrap(), 499500);
}

#[test]
fn limit_exceeded_cannot_be_swallowed() {
    let interp = limited(Limits {
        max_operations: Some(5_000),
        ..Limits::default()
    });
    // `except Exception` does not catch it.
    let e = interp
        .run(
            "try:\n    while True: pass\nexcept Exception:\n    pass\n",
            "a.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    // A bare except catches it once; the next loop iteration raises it again.
    let e = interp
        .run(
            "n = 0\nwhile True:\n    try:\n        while True: pass\n    except:\n        n += 1\n",
            "b.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    assert_eq!(interp.get_global::<i64>("n").unwrap(), 1);
    // Catching it and finishing at once still reports it to the host.
    let e = interp
        .run(
            "try:\n    while True: pass\nexcept BaseException:\n    caught = True\n",
            "c.py",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations));
    assert!(interp.get_global::<bool>("caught").unwrap());
    let e = interp
        .eval::<i64>("[x for x in range(10**6)][0]")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations), "{e}");
}

#[test]
fn timeout_stops_a_busy_loop() {
    let interp = limited(Limits {
        timeout: Some(Duration::from_millis(100)),
        ..Limits::default()
    });
    let t0 = Instant::now();
    let e = interp
        .run("while True:\n    pass\n", "spin.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Timeout));
    assert_eq!(e.kind(), "LimitExceeded");
    assert!(e.message().starts_with("time limit exceeded"), "{e}");
    let took = t0.elapsed();
    assert!(
        took >= Duration::from_millis(100) && took < Duration::from_secs(2),
        "{took:?}"
    );
    // The clock restarts for each call.
    interp.run("x = sum(range(1000))", "ok.py").unwrap();
}

#[test]
fn timeout_wakes_a_blocked_script() {
    let interp = limited(Limits {
        timeout: Some(Duration::from_millis(100)),
        ..Limits::default()
    });
    for script in [
        "import time\ntime.sleep(30)",
        "import threading\nthreading.Event().wait()",
    ] {
        let t0 = Instant::now();
        let e = interp.run(script, "blocked.py").unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Timeout), "{script}: {e}");
        let took = t0.elapsed();
        assert!(
            took >= Duration::from_millis(100) && took < Duration::from_secs(5),
            "{script}: {took:?}"
        );
    }
    // A call that ends before its deadline is not hit by that call's watchdog later.
    interp.run("x = 1", "quick.py").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(interp.eval::<i64>("x + 1").unwrap(), 2);
}

/// Threads of this test process (Linux: the entries of `/proc/self/task`).
fn thread_count() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(0, |d| d.count())
}

#[test]
fn one_watchdog_thread_serves_every_call() {
    let interp = limited(Limits {
        timeout: Some(Duration::from_millis(500)),
        ..Limits::default()
    });
    interp.run("x = 0", "first.py").unwrap();
    let before = thread_count();
    for i in 0..300 {
        interp.run(&format!("x = {i}"), "many.py").unwrap();
    }
    assert_eq!(interp.eval::<i64>("x").unwrap(), 299);
    // No thread per call (tests run in parallel, so allow for a few of theirs).
    let after = thread_count();
    assert!(after < before + 20, "threads: {before} -> {after}");
    // The re-armed watchdog still fires for a later call, and only for it.
    let e = interp
        .run("while True:\n    pass\n", "spin.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Timeout));
    interp.run("x = 1", "after.py").unwrap();
}

#[test]
fn stop_from_a_watchdog_thread_cannot_be_caught() {
    let interp = Interpreter::new();
    let h = interp.interrupt_handle();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.stop();
    });
    let e = interp
        .run(
            "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n",
            "stubborn.py",
        )
        .unwrap_err();
    watchdog.join().unwrap();
    assert_eq!(e.limit(), Some(Limit::Stopped));
    assert_eq!(e.last_line(), "LimitExceeded: stopped by the host");
    // The interpreter is usable afterwards, and stop() wakes a sleep.
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
    let h = interp.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.stop();
    });
    let t0 = Instant::now();
    let e = interp
        .run("import time\ntime.sleep(30)", "sleepy.py")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Stopped));
    assert!(t0.elapsed() < Duration::from_secs(5));
}

#[test]
fn allocation_cap_raises_memory_error() {
    let interp = limited(Limits {
        max_alloc_bytes: Some(1 << 20),
        ..Limits::default()
    });
    for expr in [
        "'x' * (2 << 20)",
        "b'x' * (2 << 20)",
        "[0] * (1 << 20)",
        "(0,) * (1 << 20)",
        "bytes(2 << 20)",
        "'ab'.center(3 << 20)",
        "'-'.join(['x' * 1000] * 2000)",
        "'%s%s' % ('x' * 600000, 'y' * 600000)",
        "('a' * 1000).replace('a', 'b' * 2000)",
        "('\\t' * 1000).expandtabs(2000)",
        "b'ab'.ljust(2 << 20)",
    ] {
        let e = interp.eval::<()>(expr).unwrap_err();
        assert_eq!(e.kind(), "MemoryError", "{expr}: {e}");
        assert_eq!(e.limit(), None);
    }
    interp.run("l = [0]\nl *= 1 << 20", "x.py").unwrap_err();
    // Under the cap is fine, and MemoryError is an ordinary exception.
    assert_eq!(interp.eval::<usize>("len('x' * 1000)").unwrap(), 1000);
    interp
        .run(
            "try:\n    'x' * 10**9\nexcept MemoryError:\n    ok = True\n",
            "y.py",
        )
        .unwrap();
    assert!(interp.get_global::<bool>("ok").unwrap());
}

#[test]
fn huge_allocations_fail_cleanly_without_a_cap() {
    let interp = Interpreter::new();
    for expr in [
        "'x' * 10**12",
        "[0] * 10**12",
        "b'ab' * 10**12",
        "bytes(10**12)",
        "[1, 2] * 2**40",
    ] {
        let e = interp.eval::<()>(expr).unwrap_err();
        assert_eq!(e.kind(), "MemoryError", "{expr}: {e}");
    }
    assert_eq!(
        err_line(interp.eval::<()>("[0] * 10**20")),
        "OverflowError: cannot fit 'int' into an index-sized integer"
    );
}

#[test]
fn limits_cost_nothing_when_off_and_apply_per_interpreter() {
    let free = Interpreter::new();
    let capped = limited(Limits {
        max_operations: Some(1000),
        ..Limits::default()
    });
    free.run("for i in range(100000): pass", "<x>").unwrap();
    assert!(capped.run("for i in range(100000): pass", "<x>").is_err());
    // Threads the script starts count against the call.
    let capped = limited(Limits {
        max_operations: Some(100_000),
        ..Limits::default()
    });
    let e = capped
        .run(
            "import threading\nt = threading.Thread(target=lambda: [0 for _ in range(10**6)])\nt.start()\nt.join()\n",
            "<t>",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Operations), "{e}");
}
