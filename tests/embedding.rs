//! The embedding API (`garter::embed`): building, running, evaluating, conversions,
//! host functions, calls, interrupts, concurrent host threads, `allow_threads`, several
//! interpreters; host objects and keyword arguments (`embedding/objects.rs`);
//! sandboxing and limits (`embedding/untrusted.rs`).

use garter::embed::{
    ClassBuilder, Error, Host, HostError, Interpreter, Limit, Limits, PyObjectHandle, UserData,
};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

fn err_line<T: std::fmt::Debug>(r: Result<T, Error>) -> String {
    r.unwrap_err().last_line().to_string()
}

// ----- 1. builder -----

#[test]
fn builder_settings_are_visible_to_scripts() {
    let interp = Interpreter::builder()
        .argv(["app", "-v"])
        .recursion_limit(321)
        .switch_interval(Duration::from_millis(2))
        .install_signal_handlers(false)
        .build();
    interp.run("import sys", "<t>").unwrap();
    assert_eq!(
        interp.eval::<Vec<String>>("sys.argv").unwrap(),
        ["app", "-v"]
    );
    assert_eq!(interp.eval::<i64>("sys.getrecursionlimit()").unwrap(), 321);
    assert_eq!(
        interp.eval::<f64>("sys.getswitchinterval()").unwrap(),
        0.002
    );
    assert_eq!(interp.eval::<String>("__name__").unwrap(), "__main__");
}

#[test]
fn defaults() {
    let interp = Interpreter::new();
    assert_eq!(
        interp
            .eval::<Vec<String>>("__import__('sys').argv")
            .unwrap(),
        [""]
    );
    assert_eq!(
        interp
            .eval::<i64>("__import__('sys').getrecursionlimit()")
            .unwrap(),
        1000
    );
}

#[test]
fn recursion_limit_raises_recursion_error() {
    let interp = Interpreter::builder().recursion_limit(100).build();
    interp
        .run("def f(n):\n    return f(n + 1)\n", "<rec>")
        .unwrap();
    let e = interp.call::<()>("f", (0,)).unwrap_err();
    assert_eq!(e.kind(), "RecursionError");
}

#[test]
fn deep_recursion_at_default_limit_does_not_crash() {
    let interp = Interpreter::new();
    interp
        .run(
            "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n",
            "<rec>",
        )
        .unwrap();
    assert_eq!(interp.call::<i64>("f", (900,)).unwrap(), 900);
    let e = interp.call::<i64>("f", (5000,)).unwrap_err();
    assert_eq!(e.kind(), "RecursionError");
}

// ----- 2. run, eval, errors -----

#[test]
fn run_keeps_state_between_calls() {
    let interp = Interpreter::new();
    interp.run("x = 40", "<a>").unwrap();
    interp.run("x += 2", "<b>").unwrap();
    assert_eq!(interp.eval::<i64>("x").unwrap(), 42);
}

#[test]
fn runtime_error_has_kind_message_and_traceback() {
    let interp = Interpreter::new();
    let e = interp
        .run("def f():\n    return 1 / 0\nf()\n", "script.py")
        .unwrap_err();
    assert_eq!(e.kind(), "ZeroDivisionError");
    assert_eq!(e.message(), "division by zero");
    assert_eq!(e.last_line(), "ZeroDivisionError: division by zero");
    assert_eq!(
        e.to_string(),
        "Traceback (most recent call last):\n  \
         File \"script.py\", line 3, in <module>\n    f()\n  \
         File \"script.py\", line 2, in f\n    return 1 / 0\n\
         ZeroDivisionError: division by zero"
    );
    assert!(e.is("ZeroDivisionError"));
}

#[test]
fn syntax_errors() {
    let interp = Interpreter::new();
    let e = interp.run("x = = 1", "bad.py").unwrap_err();
    assert_eq!(e.kind(), "SyntaxError");
    assert_eq!(
        e.to_string(),
        "  File \"bad.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax"
    );
    assert_eq!(e.last_line(), "SyntaxError: invalid syntax");
    // eval takes an expression, not statements.
    let e = interp.eval::<i64>("x = 1").unwrap_err();
    assert_eq!(e.kind(), "SyntaxError");
    let e = interp.eval::<i64>("").unwrap_err();
    assert_eq!(e.kind(), "SyntaxError");
}

#[test]
fn eval_expressions() {
    let interp = Interpreter::new();
    assert_eq!(interp.eval::<i64>("  1 + 2 * 3  ").unwrap(), 7);
    assert_eq!(interp.eval::<(i64, i64)>("1, 2").unwrap(), (1, 2));
    assert_eq!(
        interp
            .eval::<Vec<i64>>("[i * i for i in range(4)]")
            .unwrap(),
        [0, 1, 4, 9]
    );
    assert_eq!(interp.eval::<i64>("(lambda a: a + 1)(1)").unwrap(), 2);
    assert_eq!(
        err_line(interp.eval::<i64>("undefined_name")),
        "NameError: name 'undefined_name' is not defined"
    );
}

#[test]
fn system_exit_is_an_error() {
    let interp = Interpreter::new();
    let e = interp.run("import sys\nsys.exit(3)", "<x>").unwrap_err();
    assert_eq!(e.kind(), "SystemExit");
    assert_eq!(e.message(), "3");
}

#[test]
fn error_is_send_sync_std_error() {
    fn check<T: Send + Sync + std::error::Error + 'static>() {}
    check::<Error>();
    let e = Error::new("ValueError", "bad");
    assert_eq!(e.to_string(), "ValueError: bad");
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(e);
    assert_eq!(boxed.to_string(), "ValueError: bad");
}

// ----- 3. conversions, globals -----

#[test]
fn scalar_conversions() {
    let interp = Interpreter::new();
    interp.eval::<()>("None").unwrap();
    assert!(interp.eval::<bool>("1 < 2").unwrap());
    assert_eq!(interp.eval::<i32>("-7").unwrap(), -7);
    assert_eq!(interp.eval::<u32>("4294967295").unwrap(), u32::MAX);
    assert_eq!(interp.eval::<usize>("12").unwrap(), 12);
    assert_eq!(interp.eval::<i64>("True").unwrap(), 1);
    assert_eq!(interp.eval::<i64>("-2**63").unwrap(), i64::MIN);
    assert_eq!(interp.eval::<u64>("2**64 - 1").unwrap(), u64::MAX);
    assert_eq!(interp.eval::<f64>("0.5").unwrap(), 0.5);
    assert_eq!(interp.eval::<f64>("3").unwrap(), 3.0);
    assert_eq!(interp.eval::<String>("'héllo' * 2").unwrap(), "héllohéllo");
    assert_eq!(interp.eval::<Option<i64>>("None").unwrap(), None);
    assert_eq!(interp.eval::<Option<i64>>("5").unwrap(), Some(5));
}

#[test]
fn integer_overflow_is_overflow_error() {
    let interp = Interpreter::new();
    assert_eq!(
        err_line(interp.eval::<i32>("2**31")),
        "OverflowError: Python int 2147483648 out of range for i32"
    );
    assert_eq!(
        err_line(interp.eval::<u32>("-1")),
        "OverflowError: Python int -1 out of range for u32"
    );
    assert_eq!(
        err_line(interp.eval::<usize>("-1")),
        "OverflowError: Python int -1 out of range for usize"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("2**63")),
        "OverflowError: Python int 9223372036854775808 out of range for i64"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("10**40")),
        "OverflowError: Python int too large to convert to i64"
    );
    assert_eq!(
        err_line(interp.eval::<f64>("10**400")),
        "OverflowError: int too large to convert to float"
    );
}

#[test]
fn wrong_types_are_type_errors() {
    let interp = Interpreter::new();
    assert_eq!(
        err_line(interp.eval::<String>("1")),
        "TypeError: expected str, got int"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("'1'")),
        "TypeError: expected int, got str"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("1.5")),
        "TypeError: expected int, got float"
    );
    assert_eq!(
        err_line(interp.eval::<bool>("1")),
        "TypeError: expected bool, got int"
    );
    assert_eq!(
        err_line(interp.eval::<()>("0")),
        "TypeError: expected None, got int"
    );
    assert_eq!(
        err_line(interp.eval::<Vec<i64>>("{1, 2}")),
        "TypeError: expected list or tuple, got set"
    );
    assert_eq!(
        err_line(interp.eval::<Vec<i64>>("[1, 'x']")),
        "TypeError: expected int, got str"
    );
    assert_eq!(
        err_line(interp.eval::<(i64, i64)>("(1, 2, 3)")),
        "ValueError: expected a tuple of length 2, got length 3"
    );
    assert_eq!(
        err_line(interp.eval::<HashMap<String, i64>>("{1: 2}")),
        "TypeError: expected a dict with str keys, got a int key"
    );
    assert_eq!(
        err_line(interp.eval::<HashMap<String, i64>>("[]")),
        "TypeError: expected dict, got list"
    );
}

#[test]
fn container_conversions_round_trip() {
    let interp = Interpreter::new();
    let mut h = HashMap::new();
    h.insert("a".to_string(), vec![1i64, 2]);
    h.insert("b".to_string(), vec![]);
    interp.set_global("h", h.clone()).unwrap();
    assert_eq!(interp.eval::<i64>("len(h['a']) + len(h['b'])").unwrap(), 2);
    assert_eq!(interp.eval::<HashMap<String, Vec<i64>>>("h").unwrap(), h);
    let mut b = BTreeMap::new();
    b.insert("z".to_string(), 1.5f64);
    b.insert("a".to_string(), -1.0);
    interp.set_global("b", b.clone()).unwrap();
    assert_eq!(interp.eval::<Vec<String>>("list(b)").unwrap(), ["a", "z"]);
    assert_eq!(interp.eval::<BTreeMap<String, f64>>("b").unwrap(), b);
    interp
        .set_global("t", (1i32, "two", 3.0f64, Some(true)))
        .unwrap();
    assert_eq!(
        interp.eval::<String>("repr(t)").unwrap(),
        "(1, 'two', 3.0, True)"
    );
    let t: (i32, String, f64, Option<bool>) = interp.get_global("t").unwrap();
    assert_eq!(t, (1, "two".into(), 3.0, Some(true)));
    interp.set_global("one", (7u8,)).unwrap();
    assert_eq!(interp.eval::<String>("repr(one)").unwrap(), "(7,)");
    interp.set_global("big", u64::MAX).unwrap();
    assert_eq!(
        interp.eval::<String>("str(big)").unwrap(),
        "18446744073709551615"
    );
    interp.set_global("nothing", ()).unwrap();
    assert!(interp.eval::<bool>("nothing is None").unwrap());
    interp.set_global("opt", None::<i64>).unwrap();
    assert!(interp.eval::<bool>("opt is None").unwrap());
    assert_eq!(
        interp
            .eval::<Vec<(String, i64)>>("[('a', 1), ['b', 2]]")
            .unwrap(),
        [("a".to_string(), 1), ("b".to_string(), 2)]
    );
}

#[test]
fn globals() {
    let interp = Interpreter::new();
    interp.set_global("greeting", "hello").unwrap();
    interp.run("greeting += ' world'", "<g>").unwrap();
    assert_eq!(
        interp.get_global::<String>("greeting").unwrap(),
        "hello world"
    );
    // Builtins are found too.
    interp
        .with_gil(|py| py.global_obj("len").map(|_| ()))
        .unwrap();
    assert_eq!(
        err_line(interp.get_global::<i64>("missing")),
        "NameError: name 'missing' is not defined"
    );
}

// ----- 4. host functions -----

#[test]
fn host_builtin_with_typed_args() {
    let interp = Interpreter::new();
    interp.add_builtin("add", |_py, (a, b): (i64, i64)| Ok::<_, HostError>(a + b));
    interp.add_builtin("nothing", |_py, ()| Ok::<_, HostError>(()));
    interp.add_builtin("count", |_py, args: Vec<Option<i64>>| {
        Ok::<_, HostError>(args.len())
    });
    assert_eq!(interp.eval::<i64>("add(2, 3)").unwrap(), 5);
    assert!(interp.eval::<bool>("nothing() is None").unwrap());
    assert_eq!(interp.eval::<i64>("count(1, 2, None)").unwrap(), 3);
    assert_eq!(
        err_line(interp.eval::<i64>("count(1, 'a')")),
        "TypeError: expected int, got str"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("add(1)")),
        "TypeError: add() takes 2 positional arguments (1 given)"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("add(1, 'x')")),
        "TypeError: expected int, got str"
    );
    assert_eq!(
        err_line(interp.eval::<()>("nothing(1)")),
        "TypeError: nothing() takes no arguments (1 given)"
    );
    assert_eq!(
        err_line(interp.eval::<i64>("add(1, b=2)")),
        "TypeError: add() takes no keyword arguments"
    );
    // Visible from other modules, and a normal callable.
    interp
        .run(
            "import sys\nf = add\nr = list(map(add, [1, 2], [10, 20]))",
            "<m>",
        )
        .unwrap();
    assert_eq!(interp.get_global::<Vec<i64>>("r").unwrap(), [11, 22]);
}

#[test]
fn host_module_is_importable() {
    let interp = Interpreter::new();
    let calls = Arc::new(AtomicUsize::new(0));
    let c = calls.clone();
    interp.add_module("host_api", move |m| {
        m.function("tick", move |_py, ()| {
            Ok::<_, HostError>(c.fetch_add(1, Ordering::SeqCst) + 1)
        });
        m.function("upper", |_py, (s,): (String,)| {
            Ok::<_, HostError>(s.to_uppercase())
        });
        m.constant("VERSION", (1i64, 2i64));
    });
    interp
        .run(
            "import host_api\nfrom host_api import upper\n\
             a = host_api.tick()\nb = host_api.tick()\nu = upper('abc')\n\
             v = host_api.VERSION",
            "<mod>",
        )
        .unwrap();
    assert_eq!(interp.eval::<(i64, i64)>("a, b").unwrap(), (1, 2));
    assert_eq!(interp.get_global::<String>("u").unwrap(), "ABC");
    assert_eq!(interp.get_global::<(i64, i64)>("v").unwrap(), (1, 2));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    assert_eq!(
        interp.eval::<String>("host_api.upper.__name__").unwrap(),
        "upper"
    );
}

#[test]
fn host_errors_raise_chosen_exceptions() {
    let interp = Interpreter::new();
    interp.add_builtin("check", |_py, (n,): (i64,)| {
        if n < 0 {
            Err(HostError::value_error(format!("negative: {n}")))
        } else if n == 0 {
            Err(HostError::new("KeyError", "zero"))
        } else if n == 1 {
            Err(HostError::new("NoSuchError", "unknown kind"))
        } else {
            Ok(n)
        }
    });
    assert_eq!(
        err_line(interp.eval::<i64>("check(-1)")),
        "ValueError: negative: -1"
    );
    assert_eq!(err_line(interp.eval::<i64>("check(0)")), "KeyError: 'zero'");
    assert_eq!(
        err_line(interp.eval::<i64>("check(1)")),
        "RuntimeError: unknown kind"
    );
    // Python code catches them like any exception.
    interp
        .run(
            "try:\n    check(-5)\nexcept ValueError as e:\n    caught = str(e)\n",
            "<c>",
        )
        .unwrap();
    assert_eq!(
        interp.get_global::<String>("caught").unwrap(),
        "negative: -5"
    );
    // The traceback shows the calling line.
    let e = interp.run("x = 1\ncheck(-2)\n", "caller.py").unwrap_err();
    assert!(e.to_string().contains("File \"caller.py\", line 2"), "{e}");
}

#[test]
fn host_panic_becomes_runtime_error() {
    let interp = Interpreter::new();
    interp.add_builtin("boom", |_py, ()| -> Result<(), HostError> {
        panic!("kaboom")
    });
    interp.add_builtin(
        "boom_string",
        |_py, (n,): (i64,)| -> Result<(), HostError> { panic!("kaboom {n}") },
    );
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let e1 = interp.eval::<()>("boom()").unwrap_err();
    let e2 = interp.eval::<()>("boom_string(7)").unwrap_err();
    interp
        .run(
            "try:\n    boom()\nexcept RuntimeError:\n    survived = True\n",
            "<p>",
        )
        .unwrap();
    std::panic::set_hook(prev);
    assert_eq!(
        e1.last_line(),
        "RuntimeError: host function panicked: kaboom"
    );
    assert_eq!(
        e2.last_line(),
        "RuntimeError: host function panicked: kaboom 7"
    );
    assert!(interp.get_global::<bool>("survived").unwrap());
    // The interpreter still works.
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn host_function_calls_back_into_python() {
    let interp = Interpreter::new();
    interp
        .run("def cb(x):\n    return x * 10\n", "<cb>")
        .unwrap();
    interp.add_builtin("via_python", |py, (x,): (i64,)| {
        let y: i64 = py.call("cb", (x,))?;
        let z: i64 = py.eval("cb(1)")?;
        Ok::<_, HostError>(y + z)
    });
    assert_eq!(interp.eval::<i64>("via_python(4)").unwrap(), 50);
    // An exception from the callback propagates through the host function.
    interp
        .run("def cb(x):\n    raise KeyError(x)\n", "<cb>")
        .unwrap();
    assert_eq!(
        err_line(interp.eval::<i64>("via_python(4)")),
        "KeyError: '4'"
    );
}

#[test]
fn host_function_called_from_python_thread() {
    let interp = Interpreter::new();
    let hits = Arc::new(AtomicUsize::new(0));
    let h = hits.clone();
    interp.add_builtin("hit", move |_py, (n,): (usize,)| {
        h.fetch_add(n, Ordering::SeqCst);
        Ok::<_, HostError>(())
    });
    interp
        .run(
            "import threading\n\
             ts = [threading.Thread(target=hit, args=(i,)) for i in range(1, 5)]\n\
             for t in ts: t.start()\n\
             for t in ts: t.join()\n",
            "<threads>",
        )
        .unwrap();
    assert_eq!(hits.load(Ordering::SeqCst), 10);
}

#[test]
fn py_token_builds_and_reads_values() {
    let interp = Interpreter::new();
    let n = interp.with_gil(|py| {
        let f = py.function("triple", |_py, (x,): (i64,)| Ok::<_, HostError>(x * 3));
        py.set_global("triple", f.clone()).unwrap();
        let v = py.to_py(vec![1i64, 2]).unwrap();
        let back: Vec<i64> = py.from_py(&v).unwrap();
        assert_eq!(back, [1, 2]);
        py.call_obj::<i64>(&f, (5,)).unwrap()
    });
    assert_eq!(n, 15);
    assert_eq!(interp.eval::<i64>("triple(2)").unwrap(), 6);
}

#[test]
#[should_panic(expected = "re-entrantly")]
fn nested_with_gil_panics_instead_of_deadlocking() {
    let interp = Interpreter::new();
    interp.with_gil(|_py| interp.eval::<i64>("1").unwrap());
}

// ----- 5. calling script functions -----

#[test]
fn call_script_functions() {
    let interp = Interpreter::new();
    interp
        .run(
            "def greet(name, times):\n    return ', '.join(['hi ' + name] * times)\n\
             def pair():\n    return 1, 'b'\n\
             class C:\n    def __init__(self, v):\n        self.v = v\n\
             not_callable = 3\n",
            "<f>",
        )
        .unwrap();
    assert_eq!(
        interp.call::<String>("greet", ("ann", 2)).unwrap(),
        "hi ann, hi ann"
    );
    assert_eq!(
        interp.call::<(i64, String)>("pair", ()).unwrap(),
        (1, "b".to_string())
    );
    assert_eq!(interp.call::<i64>("len", ("abcd",)).unwrap(), 4);
    assert_eq!(
        interp.with_gil(|py| {
            let c = py.global_obj("C")?;
            let obj = py.call_obj_keep(&c, (1,))?;
            let getattr = py.global_obj("getattr")?;
            py.call_obj::<i64>(&getattr, (obj, "v"))
        }),
        Ok(1)
    );
    assert_eq!(
        err_line(interp.call::<String>("greet", ("ann",))),
        "TypeError: greet() missing 1 required positional argument: 'times'"
    );
    assert_eq!(
        err_line(interp.call::<()>("nope", ())),
        "NameError: name 'nope' is not defined"
    );
    assert_eq!(
        err_line(interp.call::<()>("not_callable", ())),
        "TypeError: 'int' object is not callable"
    );
    assert_eq!(
        err_line(interp.call::<i64>("greet", ("a", 1))),
        "TypeError: expected int, got str"
    );
}

// ----- 6. interrupt -----

#[test]
fn interrupt_stops_a_busy_loop() {
    let interp = Interpreter::new();
    let handle = interp.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let start = Instant::now();
    let e = interp.run("while True:\n    pass\n", "<loop>").unwrap_err();
    t.join().unwrap();
    assert_eq!(e.kind(), "KeyboardInterrupt");
    assert!(e.to_string().contains("File \"<loop>\""), "{e}");
    assert!(start.elapsed() < Duration::from_secs(5));
    // The interpreter is usable afterwards.
    assert_eq!(interp.eval::<i64>("2 + 2").unwrap(), 4);
}

#[test]
fn interrupt_wakes_a_sleep() {
    let interp = Interpreter::new();
    let handle = interp.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let start = Instant::now();
    let e = interp
        .run("import time\ntime.sleep(30)\n", "<sleep>")
        .unwrap_err();
    t.join().unwrap();
    assert_eq!(e.kind(), "KeyboardInterrupt");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn interrupt_can_be_caught_by_the_script() {
    let interp = Interpreter::new();
    let handle = interp.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    interp
        .run(
            "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    stopped = True\n",
            "<c>",
        )
        .unwrap();
    t.join().unwrap();
    assert!(interp.get_global::<bool>("stopped").unwrap());
}

// ----- 7. concurrent host threads -----

#[test]
fn four_host_threads_share_one_interpreter() {
    fn check<T: Send + Sync>() {}
    check::<Interpreter>();
    check::<garter::embed::InterruptHandle>();
    let interp = Interpreter::new();
    interp.run("counter = 0\ndef bump(n):\n    global counter\n    for _ in range(n):\n        counter += 1\n    return n\n", "<s>").unwrap();
    let barrier = Arc::new(Barrier::new(4));
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let interp = interp.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let mut total = 0;
                for j in 0..50 {
                    total += interp.eval::<i64>(&format!("{i} * 1000 + {j}")).unwrap() - i * 1000;
                    // `bump` runs under one GIL turn at a time; long enough loops get
                    // switched out mid-way by the other threads.
                    interp.call::<i64>("bump", (100,)).unwrap();
                    interp.with_gil(|py| {
                        py.set_global(&format!("t{i}"), j).unwrap();
                    });
                }
                total
            })
        })
        .collect();
    let totals: Vec<i64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(totals, [1225; 4]);
    // Each `bump` call holds the GIL... unless switched: the count is at most exact.
    let counter = interp.get_global::<i64>("counter").unwrap();
    assert!(counter > 0 && counter <= 20_000, "{counter}");
    for i in 0..4 {
        assert_eq!(interp.get_global::<i64>(&format!("t{i}")).unwrap(), 49);
    }
}

#[test]
fn cpu_bound_host_threads_take_turns() {
    let interp = Interpreter::builder()
        .switch_interval(Duration::from_millis(1))
        .build();
    interp
        .run(
            "def spin(n):\n    s = 0\n    for i in range(n):\n        s += i\n    return s\n",
            "<s>",
        )
        .unwrap();
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let interp = interp.clone();
            std::thread::spawn(move || interp.call::<i64>("spin", (200_000,)).unwrap())
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap(), 199_999 * 200_000 / 2);
    }
}

// ----- opaque handles -----

#[test]
fn handles_cross_threads_and_release_under_the_gil() {
    fn check<T: Send + Sync>() {}
    check::<PyObjectHandle>();
    let interp = Interpreter::new();
    interp
        .run("class Box:\n    pass\nb = Box()\nb.items = []\n", "<h>")
        .unwrap();
    let h = interp.with_gil(|py| {
        let v = py.eval_obj("b.items").unwrap();
        py.handle(v)
    });
    // Used under the GIL on another thread: the very same list.
    let i2 = interp.clone();
    let h = std::thread::spawn(move || {
        i2.with_gil(|py| {
            let list = py.get(&h);
            let append = py.eval_obj("list.append").unwrap();
            let five = py.to_py(5).unwrap();
            py.call_obj::<()>(&append, vec![list, five]).unwrap();
        });
        h
    })
    .join()
    .unwrap();
    assert_eq!(interp.eval::<Vec<i64>>("b.items").unwrap(), [5]);
    // Dropped on a thread without the GIL: queued, released by the next GIL holder.
    std::thread::spawn(move || drop(h)).join().unwrap();
    assert_eq!(interp.pending_releases(), 1);
    interp.eval::<i64>("0").unwrap();
    assert_eq!(interp.pending_releases(), 0);
    // Dropped under the GIL: released when the GIL session ends.
    interp.with_gil(|py| {
        let v = py.eval_obj("b").unwrap();
        drop(py.handle(v));
    });
    assert_eq!(interp.pending_releases(), 0);
}

#[test]
#[should_panic(expected = "another interpreter")]
fn handle_of_another_interpreter_is_refused() {
    let a = Interpreter::new();
    let b = Interpreter::new();
    let h = a.with_gil(|py| {
        let one = py.to_py(1).unwrap();
        py.handle(one)
    });
    b.with_gil(|py| {
        py.get(&h);
    });
}

#[test]
fn handle_outliving_its_interpreter_is_leaked_not_touched() {
    let interp = Interpreter::new();
    let h = interp.with_gil(|py| {
        let v = py.eval_obj("[1]").unwrap();
        py.handle(v)
    });
    drop(interp);
    drop(h);
}

// ----- output capture -----

#[test]
fn capture_stdout_and_stderr() {
    let interp = Interpreter::new();
    let out = interp.capture_stdout().unwrap();
    let err = interp.capture_stderr().unwrap();
    interp
        .run(
            "import sys\nprint('a', 1, sep='-')\nprint('no newline', end='')\n\
             sys.stdout.write('w\\n')\nprint('oops', file=sys.stderr)\n",
            "<cap>",
        )
        .unwrap();
    assert_eq!(out.take(), "a-1\nno newlinew\n");
    assert_eq!(out.contents(), "");
    assert_eq!(err.contents(), "oops\n");
    assert_eq!(
        err_line(interp.run("import sys\nsys.stdout.write(5)", "<w>")),
        "TypeError: write() argument must be str, not int"
    );
    // Host threads' output lands in the same buffer.
    let i2 = interp.clone();
    std::thread::spawn(move || i2.run("print('from a thread')", "<t>").unwrap())
        .join()
        .unwrap();
    assert_eq!(out.take(), "from a thread\n");
    interp.restore_output();
    interp.run("print('to the real stdout')", "<r>").unwrap();
    assert_eq!(out.take(), "");
    assert!(
        interp
            .eval::<bool>("sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__")
            .unwrap()
    );
}

#[test]
fn with_gil_inside_a_callback_raises_instead_of_deadlocking() {
    let interp = Interpreter::new();
    let captured = interp.clone();
    interp.add_builtin("bad", move |_py, ()| {
        Ok::<_, HostError>(captured.eval::<i64>("1").unwrap())
    });
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    // From a host call...
    let e = interp.eval::<i64>("bad()").unwrap_err();
    // ...and from a Python thread, which never went through `with_gil`.
    interp
        .run(
            "import threading\nout = []\n\
             def run():\n    try:\n        bad()\n    except RuntimeError as e:\n        out.append(str(e))\n\
             t = threading.Thread(target=run)\nt.start()\nt.join()\n",
            "<t>",
        )
        .unwrap();
    std::panic::set_hook(prev);
    assert!(e.message().contains("re-entrantly"), "{e}");
    let out: Vec<String> = interp.get_global("out").unwrap();
    assert_eq!(out.len(), 1);
    assert!(out[0].contains("re-entrantly"), "{out:?}");
}

#[test]
fn signal_handlers_only_when_asked() {
    let quiet = Interpreter::new();
    quiet.run("import signal", "<s>").unwrap();
    assert!(
        quiet
            .eval::<bool>("signal.getsignal(signal.SIGINT) == signal.SIG_DFL")
            .unwrap()
    );
    // A process that starts with SIGINT ignored (a background job, `nohup`) keeps it
    // ignored, as CPython does; otherwise Ctrl+C raises KeyboardInterrupt.
    let inherited_ignore = garter::platform::sigint_ignored();
    let cli_like = Interpreter::builder().install_signal_handlers(true).build();
    cli_like.run("import signal", "<s>").unwrap();
    let expected = if inherited_ignore {
        "signal.getsignal(signal.SIGINT) == signal.SIG_IGN"
    } else {
        "signal.getsignal(signal.SIGINT) is signal.default_int_handler"
    };
    assert!(cli_like.eval::<bool>(expected).unwrap(), "{expected}");
}

// ----- threads -----

#[test]
fn script_thread_runs_while_host_function_releases_the_gil() {
    let interp = Interpreter::new();
    interp.add_builtin("host_wait", |py, (ms, release): (u64, bool)| {
        let d = Duration::from_millis(ms);
        if release {
            py.allow_threads(move || std::thread::sleep(d));
        } else {
            std::thread::sleep(d);
        }
        Ok::<_, HostError>(())
    });
    interp
        .run(
            "import threading, time\n\
             count = 0\n\
             stop = False\n\
             def spin():\n\
             \x20   global count\n\
             \x20   while not stop:\n\
             \x20       count += 1\n\
             t = threading.Thread(target=spin)\n\
             t.start()\n\
             time.sleep(0.01)\n\
             def measure(release):\n\
             \x20   before = count\n\
             \x20   host_wait(150, release)\n\
             \x20   return count - before\n",
            "<spin>",
        )
        .unwrap();
    let held: i64 = interp.call("measure", (false,)).unwrap();
    let released: i64 = interp.call("measure", (true,)).unwrap();
    interp.run("stop = True\nt.join()", "<stop>").unwrap();
    assert_eq!(
        held, 0,
        "no script thread runs while a host function holds the GIL"
    );
    assert!(
        released > 1000,
        "script thread progressed only {released} steps"
    );
}

#[test]
fn script_threads_keep_running_between_host_calls() {
    let interp = Interpreter::new();
    interp
        .run(
            "import threading\n\
             ticks = 0\n\
             stop = False\n\
             def work():\n\
             \x20   global ticks\n\
             \x20   while not stop:\n\
             \x20       ticks += 1\n\
             t = threading.Thread(target=work)\n\
             t.start()\n",
            "<bg>",
        )
        .unwrap();
    let first: i64 = interp.get_global("ticks").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let second: i64 = interp.get_global("ticks").unwrap();
    assert!(
        second > first,
        "background thread did not run: {first} -> {second}"
    );
    interp.run("stop = True\nt.join()", "<stop>").unwrap();
}

#[test]
fn host_threads_call_in_while_one_releases_the_gil() {
    let interp = Interpreter::new();
    interp.add_builtin("block", |py, (ms,): (u64,)| {
        py.allow_threads(move || std::thread::sleep(Duration::from_millis(ms)));
        Ok::<_, HostError>(())
    });
    interp
        .run("def sq(x):\n    return x * x\n", "<sq>")
        .unwrap();
    let blocker = {
        let interp = interp.clone();
        std::thread::spawn(move || interp.run("block(300)", "<block>").unwrap())
    };
    std::thread::sleep(Duration::from_millis(30));
    let t0 = Instant::now();
    let workers: Vec<_> = (0..3)
        .map(|i| {
            let interp = interp.clone();
            std::thread::spawn(move || interp.call::<i64>("sq", (i,)).unwrap())
        })
        .collect();
    let sum: i64 = workers.into_iter().map(|w| w.join().unwrap()).sum();
    assert_eq!(sum, 5);
    assert!(
        t0.elapsed() < Duration::from_millis(250),
        "{:?}",
        t0.elapsed()
    );
    blocker.join().unwrap();
}

// ----- several interpreters -----

#[test]
fn interpreters_are_isolated_and_run_in_parallel() {
    let a = Interpreter::new();
    let b = Interpreter::new();
    a.set_global("x", 1).unwrap();
    b.set_global("x", 2).unwrap();
    a.run("import math\nmath.tau = 0", "<a>").unwrap();
    assert_eq!(
        b.eval::<f64>("__import__('math').tau").unwrap(),
        std::f64::consts::TAU
    );
    assert_eq!(a.eval::<i64>("x").unwrap(), 1);
    assert_eq!(b.eval::<i64>("x").unwrap(), 2);
    a.run("import builtins\nbuiltins.len = None", "<a>")
        .unwrap();
    assert_eq!(b.eval::<i64>("len('abc')").unwrap(), 3);
    // One holds its GIL forever; the other still runs.
    let ha = a.interrupt_handle();
    let spinner = {
        let a = a.clone();
        std::thread::spawn(move || a.run("while True: pass", "<spin>"))
    };
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(b.eval::<i64>("sum(range(1000))").unwrap(), 499500);
    ha.interrupt();
    assert_eq!(
        spinner.join().unwrap().unwrap_err().kind(),
        "KeyboardInterrupt"
    );
}

#[path = "embedding/untrusted.rs"]
mod untrusted;

#[path = "embedding/objects.rs"]
mod objects;

#[test]
fn dropped_generator_cleanup_stays_in_its_interpreter() {
    // Interpreter A drops a generator suspended inside `try`: its `finally` must not run
    // later inside interpreter B (which shares the thread).
    {
        let a = Interpreter::new();
        a.run(
            "def g():\n    try:\n        yield 1\n    finally:\n        import sys\n        sys.leaked = True\nit = g()\nnext(it)\ndel it\n",
            "<a>",
        )
        .unwrap();
    }
    let b = Interpreter::new();
    b.run("import sys\ndef f():\n    return 1\nf()\n", "<b>")
        .unwrap();
    assert!(!b.eval::<bool>("hasattr(sys, 'leaked')").unwrap());

    // Within one interpreter the cleanup runs (at the next call), as in CPython.
    b.run(
        "def g():\n    try:\n        yield 1\n    finally:\n        sys.leaked = True\nit = g()\nnext(it)\ndel it\nf()\n",
        "<b2>",
    )
    .unwrap();
    assert!(b.eval::<bool>("sys.leaked").unwrap());
}
