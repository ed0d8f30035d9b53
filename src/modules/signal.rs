//! The `_signal` module: setting script-level signal handlers, raising signals, alarms
//! and interval timers. `signal` (in `py/signal.py`) re-exports it with the `Signals`
//! and `Handlers` enums. Delivery is in `crate::signals`.

use crate::builtins::args::ArgSpec;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::signals::{self, NSIG};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

/// (name, number) of the signals the module exports as constants.
const SIGNAL_NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

fn signum_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<i32> {
    match v {
        Some(Value::Int(i)) => {
            if *i < 1 || *i >= NSIG as i64 {
                Err(vm.value_error("signal number out of range"))
            } else {
                Ok(*i as i32)
            }
        }
        Some(Value::Bool(b)) => signum_arg(vm, Some(&Value::Int(b.get() as i64)), fname),
        Some(v) => match v.as_obj().map(|o| &o.payload) {
            Some(Payload::BigInt(b)) => {
                use num_traits::ToPrimitive;
                match b.to_i64() {
                    Some(i) => signum_arg(vm, Some(&Value::Int(i)), fname),
                    None => Err(vm.value_error("signal number out of range")),
                }
            }
            Some(_)
                if crate::runtime::types::is_subtype(
                    v.as_obj().map(|o| o.ty()).unwrap_or(&vm.types().object),
                    &vm.types().int,
                ) =>
            {
                let i = crate::builtins::constructors::to_int(vm, v)?;
                signum_arg(vm, Some(&i), fname)
            }
            _ => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        },
        None => Err(vm.type_error(format!("{fname}() missing required argument 'signalnum'"))),
    }
}

/// `OSError: [Errno 22] Invalid argument`, as CPython reports signals it cannot handle.
fn einval(vm: &mut Vm) -> crate::vm::PyErr {
    let e = std::io::Error::from_raw_os_error(libc::EINVAL);
    crate::modules::io::os_error_at(vm, &e, None)
}

/// `signal(signalnum, handler)`: set a handler, return the previous one.
fn signal(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::new("signal", &["signalnum", "handler"], 2);
    let a = SPEC.parse(vm, args, kw)?;
    let sig = signum_arg(vm, a.get(0), "signal")?;
    let handler = a[1].clone();
    if !vm.is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let callable = crate::builtins::functions::is_callable(vm, &handler);
    // SIG_DFL / SIG_IGN may come as `Handlers` members (an int subclass).
    let as_int = if callable {
        None
    } else {
        vm.index_of(&handler).ok().flatten()
    };
    let handler = match as_int {
        _ if callable => handler,
        Some(n @ (0 | 1)) => Value::Int(n),
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ));
        }
    };
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return Err(einval(vm));
    }
    if signals::enabled(vm) {
        // Catch the signal at the OS level when the script handles or ignores it, and
        // for the signals the CLI catches anyway (SIGINT; terminating ones, to flush
        // before dying). A plain SIG_DFL elsewhere needs no OS handler.
        let ignore = matches!(handler, Value::Int(1));
        let wanted =
            callable || ignore || sig == libc::SIGINT || signals::TERMINATING.contains(&sig);
        if wanted && signals::install(sig).is_err() && callable {
            return Err(einval(vm));
        }
        signals::set_disposition(sig, &handler, callable);
    }
    let old = std::mem::replace(
        &mut vm.interp.signal_handlers.borrow_mut()[sig as usize],
        handler,
    );
    Ok(old)
}

fn getsignal(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sig = signum_arg(vm, args.first(), "getsignal")?;
    Ok(vm.interp.signal_handlers.borrow()[sig as usize].clone())
}

/// `default_int_handler(signalnum, frame)`: raise `KeyboardInterrupt`.
pub fn default_int_handler(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![]))
}

fn strsignal(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sig = signum_arg(vm, args.first(), "strsignal")?;
    let s = match sig {
        libc::SIGHUP => "Hangup",
        libc::SIGINT => "Interrupt",
        libc::SIGQUIT => "Quit",
        libc::SIGILL => "Illegal instruction",
        libc::SIGTRAP => "Trace/breakpoint trap",
        libc::SIGABRT => "Aborted",
        libc::SIGBUS => "Bus error",
        libc::SIGFPE => "Floating point exception",
        libc::SIGKILL => "Killed",
        libc::SIGUSR1 => "User defined signal 1",
        libc::SIGSEGV => "Segmentation fault",
        libc::SIGUSR2 => "User defined signal 2",
        libc::SIGPIPE => "Broken pipe",
        libc::SIGALRM => "Alarm clock",
        libc::SIGTERM => "Terminated",
        libc::SIGSTKFLT => "Stack fault",
        libc::SIGCHLD => "Child exited",
        libc::SIGCONT => "Continued",
        libc::SIGSTOP => "Stopped (signal)",
        libc::SIGTSTP => "Stopped",
        libc::SIGTTIN => "Stopped (tty input)",
        libc::SIGTTOU => "Stopped (tty output)",
        libc::SIGURG => "Urgent I/O condition",
        libc::SIGXCPU => "CPU time limit exceeded",
        libc::SIGXFSZ => "File size limit exceeded",
        libc::SIGVTALRM => "Virtual timer expired",
        libc::SIGPROF => "Profiling timer expired",
        libc::SIGWINCH => "Window changed",
        libc::SIGIO => "I/O possible",
        libc::SIGPWR => "Power failure",
        libc::SIGSYS => "Bad system call",
        n if (34..NSIG as i32).contains(&n) => {
            return Ok(vm.new_string(format!("Real-time signal {}", n - 34)));
        }
        _ => return Ok(Value::None),
    };
    Ok(vm.new_str(s))
}

fn valid_signals(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items: Vec<Value> = (1..NSIG as i64)
        .filter(|n| !(32..34).contains(n))
        .map(Value::Int)
        .collect();
    crate::builtins::set::new_set_from(vm, items, false)
}

/// `raise_signal(signalnum)`: send the signal to this process. A signal with a Python
/// handler is marked pending directly, so the handler runs before the next statement.
fn raise_signal(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("raise_signal() missing required argument 'signalnum' (pos 1)"));
    };
    let n = vm.int_arg(v, "")?;
    let sig = i32::try_from(n).unwrap_or(-1);
    if signals::enabled(vm) && sig > 0 && signals::has_handler(sig) {
        signals::trip(vm, sig);
    } else if let Err(e) = crate::platform::raise(sig) {
        return Err(crate::modules::io::os_error_at(vm, &e, None));
    }
    // As CPython checks its eval breaker right after a call: the handler runs before
    // the next statement.
    if vm.interp.breaker.is_set() {
        vm.handle_breaker()?;
    }
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let secs = match args.first() {
        Some(Value::Int(i)) if *i >= 0 => *i as u32,
        Some(Value::Int(_)) => 0,
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
        None => return Err(vm.type_error("alarm() takes exactly one argument (0 given)")),
    };
    if signals::enabled(vm) {
        let _ = signals::install(libc::SIGALRM);
    }
    Ok(Value::Int(crate::platform::alarm(secs) as i64))
}

/// `pause()`: wait until a signal is received (and its handler has run).
fn pause(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::gil::pause(vm)?;
    Ok(Value::None)
}

fn timer_tuple(vm: &mut Vm, t: (f64, f64)) -> Value {
    vm.new_tuple(vec![Value::float(t.0), Value::float(t.1)])
}

fn setitimer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let which = match args.first() {
        Some(Value::Int(w)) => *w as i32,
        _ => return Err(vm.type_error("setitimer() argument 1 must be int")),
    };
    let secs = match args.get(1) {
        Some(v) => crate::builtins::constructors::to_float(vm, v)?,
        None => return Err(vm.type_error("setitimer expected at least 2 arguments, got 1")),
    };
    let interval = match args.get(2) {
        Some(v) => crate::builtins::constructors::to_float(vm, v)?,
        None => 0.0,
    };
    if which == 0 && signals::enabled(vm) {
        let _ = signals::install(libc::SIGALRM);
    }
    match crate::platform::setitimer(which, secs.max(0.0), interval.max(0.0)) {
        Ok(old) => Ok(timer_tuple(vm, old)),
        Err(e) => Err(crate::modules::io::os_error_at(vm, &e, None)),
    }
}

fn getitimer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let which = match args.first() {
        Some(Value::Int(w)) => *w as i32,
        _ => return Err(vm.type_error("getitimer() argument must be int")),
    };
    match crate::platform::getitimer(which) {
        Ok(t) => Ok(timer_tuple(vm, t)),
        Err(e) => Err(crate::modules::io::os_error_at(vm, &e, None)),
    }
}

fn siginterrupt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    signum_arg(vm, args.first(), "siginterrupt")?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("alarm", alarm),
            ("getitimer", getitimer),
            ("getsignal", getsignal),
            ("pause", pause),
            ("raise_signal", raise_signal),
            ("setitimer", setitimer),
            ("siginterrupt", siginterrupt),
            ("signal", signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
        ],
    );
    let dih = vm.interp.default_int_handler.clone();
    super::set_attr(vm, m, "default_int_handler", dih);
    for (name, n) in SIGNAL_NAMES {
        super::set_attr(vm, m, name, Value::Int(*n as i64));
    }
    for (name, n) in [
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("NSIG", NSIG as i64),
        ("SIGRTMIN", 34),
        ("SIGRTMAX", 64),
        ("ITIMER_REAL", 0),
        ("ITIMER_VIRTUAL", 1),
        ("ITIMER_PROF", 2),
        ("SIG_BLOCK", 0),
        ("SIG_UNBLOCK", 1),
        ("SIG_SETMASK", 2),
    ] {
        super::set_attr(vm, m, name, Value::Int(n));
    }
    let err = Value::Obj(vm.types().os_error.clone());
    super::set_attr(vm, m, "ItimerError", err);
    Ok(())
}
