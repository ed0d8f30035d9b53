//! The `_thread` module: OS threads that run Python functions under the GIL, and the two
//! lock types (`lock`, `RLock`) whose waits release the GIL. `threading` and `queue`
//! are written in Python on top of this (`src/modules/py/`), as in CPython.
//!
//! A lock's state lives behind a `parking_lot` mutex/condvar pair because waiters sleep
//! *without* the GIL; the uncontended paths (acquire a free lock, release) never release
//! the GIL. Blocking waits of the main thread run in short slices so interrupts reach it.

use crate::builtins::args::ArgSpec;
use crate::gil::Shared;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use parking_lot::{Condvar, Mutex};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

type Kw<'a> = &'a [Rc<PyStr>];

/// Native stack of threads started from Python (the stack guard keeps deep recursion a
/// `RecursionError`; untouched stack pages cost nothing).
pub const THREAD_STACK: usize = 256 << 20;

/// `threading.TIMEOUT_MAX`, as CPython on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

struct LockInner {
    locked: Mutex<bool>,
    cv: Condvar,
}

struct RState {
    owner: u64,
    count: u64,
}

struct RLockInner {
    state: Mutex<RState>,
    cv: Condvar,
}

struct LockObj(Arc<LockInner>);
struct RLockObj(Arc<RLockInner>);

fn native<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload() {
        Some(Payload::Native(b)) => b.downcast_ref::<T>(),
        _ => None,
    }
}

fn lock_of<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Arc<LockInner>> {
    match args.first().and_then(native::<LockObj>) {
        Some(l) => Ok(&l.0),
        None => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn rlock_of<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a Arc<RLockInner>> {
    match args.first().and_then(native::<RLockObj>) {
        Some(l) => Ok(&l.0),
        None => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` into "may block" and a deadline.
fn acquire_args(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(bool, Option<Instant>)> {
    static SPEC: ArgSpec = ArgSpec::new("acquire", &["self", "blocking", "timeout"], 1);
    let a = SPEC.parse(vm, args, kw)?;
    let blocking = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match a.get(2) {
        Some(v) => crate::builtins::constructors::to_float(vm, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_exception(
            &vm.types().overflow_error.clone(),
            "timestamp out of range for platform time_t",
        ));
    }
    let deadline = (timeout >= 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout));
    Ok((blocking, deadline))
}

/// Wait with the GIL released until `take` succeeds on the state behind `m`, or the
/// deadline passes. Returns whether `take` succeeded. In the main thread, `waker`
/// (which notifies `cv` under `m`) is registered so that a signal cuts the wait short.
fn blocking_take<T: Send>(
    vm: &mut Vm,
    m: &Mutex<T>,
    cv: &Condvar,
    waker: crate::gil::Waker,
    deadline: Option<Instant>,
    take: impl Fn(&mut T) -> bool + Sync,
) -> PyResult<bool> {
    let main = vm.is_main_thread();
    let r = blocking_take_inner(vm, m, cv, main.then_some(waker), deadline, take);
    if main {
        vm.interp.breaker.set_main_waker(None);
    }
    r
}

fn blocking_take_inner<T: Send>(
    vm: &mut Vm,
    m: &Mutex<T>,
    cv: &Condvar,
    waker: Option<crate::gil::Waker>,
    deadline: Option<Instant>,
    take: impl Fn(&mut T) -> bool + Sync,
) -> PyResult<bool> {
    enum Woke {
        Took,
        TimedOut,
        Interrupted,
    }
    let main = waker.is_some();
    loop {
        // (Re-)register each time: a handler run below may have waited itself.
        if let Some(w) = &waker {
            vm.interp.breaker.set_main_waker(Some(w.clone()));
        }
        let breaker = &*vm.interp.breaker;
        let woke = vm.gil.allow_threads_waiting(|| {
            let mut g = m.lock();
            loop {
                if take(&mut g) {
                    return Woke::Took;
                }
                if main && breaker.main_pending() {
                    return Woke::Interrupted;
                }
                match deadline {
                    None => cv.wait(&mut g),
                    Some(t) => {
                        if cv.wait_until(&mut g, t).timed_out() {
                            return if take(&mut g) {
                                Woke::Took
                            } else {
                                Woke::TimedOut
                            };
                        }
                    }
                }
            }
        });
        match woke {
            Woke::Took => return Ok(true),
            Woke::TimedOut => return Ok(false),
            Woke::Interrupted => vm.handle_breaker()?,
        }
    }
}

// ----- lock -----

fn new_lock(vm: &mut Vm, ty: &Value) -> Value {
    let Value::Obj(t) = ty else { unreachable!() };
    vm.new_object(
        t,
        Payload::Native(Box::new(LockObj(Arc::new(LockInner {
            locked: Mutex::new(false),
            cv: Condvar::new(),
        })))),
    )
}

fn allocate_lock(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_lock(vm, &args[0]))
}

fn lock_acquire(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (blocking, deadline) = acquire_args(vm, args, kw)?;
    let l = lock_of(vm, args)?.clone();
    {
        let mut g = l.locked.lock();
        if !*g {
            *g = true;
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    if !blocking {
        return Ok(Value::Bool(B64::FALSE));
    }
    let w = l.clone();
    let waker: crate::gil::Waker = Arc::new(move || {
        let _g = w.locked.lock();
        w.cv.notify_all();
    });
    let got = blocking_take(vm, &l.locked, &l.cv, waker, deadline, |locked| {
        !std::mem::replace(locked, true)
    })?;
    Ok(Value::bool(got))
}

fn lock_release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = lock_of(vm, args)?;
    let mut g = l.locked.lock();
    if !*g {
        drop(g);
        return Err(vm.new_exception(&vm.types().runtime_error.clone(), "release unlocked lock"));
    }
    *g = false;
    l.cv.notify_one();
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::bool(*lock_of(vm, args)?.locked.lock()))
}

fn lock_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    lock_release(vm, &args[..1], &[])
}

fn lock_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = lock_of(vm, args)?;
    let state = if *l.locked.lock() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(vm.new_string(format!(
        "<{state} _thread.lock object at {:#x}>",
        args[0].id()
    )))
}

const LOCK_METHODS: &[(&str, NativeFn)] = &[
    ("__enter__", lock_acquire),
    ("__exit__", lock_exit),
    ("__repr__", lock_repr),
    ("acquire", lock_acquire),
    ("acquire_lock", lock_acquire),
    ("locked", lock_locked),
    ("locked_lock", lock_locked),
    ("release", lock_release),
    ("release_lock", lock_release),
];

// ----- RLock -----

fn new_rlock(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Value::Obj(t) = &args[0] else {
        unreachable!()
    };
    Ok(vm.new_object(
        t,
        Payload::Native(Box::new(RLockObj(Arc::new(RLockInner {
            state: Mutex::new(RState { owner: 0, count: 0 }),
            cv: Condvar::new(),
        })))),
    ))
}

fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (blocking, deadline) = acquire_args(vm, args, kw)?;
    let l = rlock_of(vm, args)?.clone();
    let me = vm.thread_ident;
    let take = move |s: &mut RState| {
        if s.owner == 0 {
            s.owner = me;
            s.count = 1;
            true
        } else if s.owner == me {
            s.count += 1;
            true
        } else {
            false
        }
    };
    if take(&mut l.state.lock()) {
        return Ok(Value::Bool(B64::TRUE));
    }
    if !blocking {
        return Ok(Value::Bool(B64::FALSE));
    }
    let got = blocking_take(vm, &l.state, &l.cv, rlock_waker(&l), deadline, take)?;
    Ok(Value::bool(got))
}

fn rlock_waker(l: &Arc<RLockInner>) -> crate::gil::Waker {
    let w = l.clone();
    Arc::new(move || {
        let _g = w.state.lock();
        w.cv.notify_all();
    })
}

fn rlock_release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?;
    let mut s = l.state.lock();
    if s.owner != vm.thread_ident || s.count == 0 {
        drop(s);
        return Err(vm.new_exception(
            &vm.types().runtime_error.clone(),
            "cannot release un-acquired lock",
        ));
    }
    s.count -= 1;
    if s.count == 0 {
        s.owner = 0;
        l.cv.notify_one();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    rlock_release(vm, &args[..1], &[])
}

fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?;
    let s = l.state.lock();
    Ok(Value::bool(s.owner == vm.thread_ident && s.count > 0))
}

fn rlock_recursion_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?;
    let s = l.state.lock();
    Ok(Value::Int(if s.owner == vm.thread_ident {
        s.count as i64
    } else {
        0
    }))
}

/// `_release_save()`: release completely, return `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?;
    let mut s = l.state.lock();
    if s.count == 0 {
        drop(s);
        return Err(vm.new_exception(
            &vm.types().runtime_error.clone(),
            "cannot release un-acquired lock",
        ));
    }
    let saved = (s.count, s.owner);
    s.count = 0;
    s.owner = 0;
    l.cv.notify_one();
    drop(s);
    Ok(vm.new_tuple(vec![Value::Int(saved.0 as i64), Value::Int(saved.1 as i64)]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?.clone();
    let (count, owner) = match args.get(1).and_then(|v| v.as_tuple()) {
        Some([Value::Int(c), Value::Int(o)]) => (*c as u64, *o as u64),
        _ => {
            return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
        }
    };
    let take = move |s: &mut RState| {
        if s.owner == 0 {
            s.owner = owner;
            s.count = count;
            true
        } else {
            false
        }
    };
    if !take(&mut l.state.lock()) {
        blocking_take(vm, &l.state, &l.cv, rlock_waker(&l), None, take)?;
    }
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let l = rlock_of(vm, args)?;
    let s = l.state.lock();
    let state = if s.count > 0 { "locked" } else { "unlocked" };
    let text = format!(
        "<{state} _thread.RLock object owner={} count={} at {:#x}>",
        s.owner,
        s.count,
        args[0].id()
    );
    drop(s);
    Ok(vm.new_string(text))
}

const RLOCK_METHODS: &[(&str, NativeFn)] = &[
    ("__enter__", rlock_acquire),
    ("__exit__", rlock_exit),
    ("__repr__", rlock_repr),
    ("_acquire_restore", rlock_acquire_restore),
    ("_is_owned", rlock_is_owned),
    ("_recursion_count", rlock_recursion_count),
    ("_release_save", rlock_release_save),
    ("acquire", rlock_acquire),
    ("release", rlock_release),
];

// ----- threads -----

fn start_new_thread(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    static SPEC: ArgSpec = ArgSpec::new("start_new_thread", &["function", "args", "kwargs"], 2);
    let a = SPEC.parse(vm, args, kw)?;
    let func = a[0].clone();
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let fargs = a[1].clone();
    if fargs.as_tuple().is_none() {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let fkwargs = a.get(2).cloned();
    if let Some(k) = &fkwargs
        && k.as_dict().is_none()
    {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    let payload = Shared::new(&vm.gil, (vm.interp.clone(), func, fargs, fkwargs));
    let gil = vm.gil.gil().clone();
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            let ident = crate::platform::thread_ident();
            let _ = tx.send(ident);
            let guard = gil.acquire();
            let (interp, func, fargs, fkwargs) = payload.into_inner(&guard);
            let mut vm = Vm::new(interp, guard, false);
            vm.set_native_stack_size(THREAD_STACK);
            run_thread(&mut vm, func, fargs, fkwargs);
        });
    if spawned.is_err() {
        return Err(vm.new_exception(&vm.types().runtime_error.clone(), "can't start new thread"));
    }
    vm.interp.thread_count.set(vm.interp.thread_count.get() + 1);
    let ident = vm.gil.allow_threads_waiting(move || rx.recv()).unwrap_or(0);
    Ok(Value::Int(ident as i64))
}

/// The body of a thread started by `start_new_thread`, run under the GIL.
fn run_thread(vm: &mut Vm, func: Value, fargs: Value, fkwargs: Option<Value>) {
    let r = vm.call_ex(&func, &fargs, fkwargs.as_ref());
    if let Err(e) = r
        && !vm.err_matches(&e, &vm.types().system_exit.clone())
    {
        let what = vm.repr(&func).unwrap_or_default();
        let text = vm.format_exception(&e);
        vm.write_stderr(&format!(
            "Exception ignored in thread started by: {what}\n{text}"
        ));
    }
    vm.flush_stream(crate::modules::io::Stream::Stderr);
    vm.interp.thread_count.set(vm.interp.thread_count.get() - 1);
}

fn get_ident(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.thread_ident as i64))
}

fn get_native_id(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::platform::native_thread_id() as i64))
}

fn count(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.thread_count.get() as i64))
}

fn stack_size(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        None | Some(Value::Int(0)) => Ok(Value::Int(0)),
        Some(Value::Int(n)) if *n >= 32768 => Ok(Value::Int(0)),
        Some(Value::Int(_)) => Err(vm.value_error("size not valid: 32768 bytes")),
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    let lock_t = crate::runtime::types::native_type(vm, "lock", "_thread");
    crate::builtins::classes::add_methods(vm, &lock_t, LOCK_METHODS);
    let rlock_t = crate::runtime::types::native_type(vm, "RLock", "_thread");
    crate::builtins::classes::add_methods(vm, &rlock_t, RLOCK_METHODS);
    let lock_tv = Value::Obj(lock_t);
    let alloc = vm.new_builtin_with_data("allocate_lock", allocate_lock, lock_tv.clone());
    super::set_attr(vm, m, "allocate_lock", alloc.clone());
    super::set_attr(vm, m, "allocate", alloc);
    super::set_attr(vm, m, "LockType", lock_tv);
    let rl = vm.new_builtin_with_data("RLock", new_rlock, Value::Obj(rlock_t));
    super::set_attr(vm, m, "RLock", rl);
    super::add_functions(
        vm,
        m,
        &[
            ("_count", count),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("stack_size", stack_size),
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
        ],
    );
    super::set_attr(vm, m, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
    let err = Value::Obj(vm.types().runtime_error.clone());
    super::set_attr(vm, m, "error", err);
    Ok(())
}
