//! Resource limits for untrusted scripts: an operation budget, a wall-clock timeout,
//! a cap on single allocations, and the host's `stop()`; how the VM enforces them.
//!
//! # Cost
//! Nothing is checked unless the host configures a limit. The VM polls the eval breaker
//! at every backward jump and every call (one relaxed atomic load); with limits
//! configured, the breaker's `LIMITS` bit stays set, so every poll takes the slow path
//! into [`tick`], which counts one *operation* and looks at the clock every 1024
//! operations. Without limits the bit is clear and the poll costs what it always did.
//! A timeout also arms the interpreter's watchdog thread (one per interpreter, started by
//! the first call with a timeout, re-armed by each), which sets the breaker's `TIMEOUT`
//! bit as a main-thread event at the deadline: that wakes a script blocked in
//! `time.sleep` or a lock wait, which would not poll the clock.
//!
//! # Exceeding a limit cannot be swallowed
//! An exceeded limit raises `LimitExceeded`, a class derived from `BaseException` (not
//! `Exception`, so `except Exception:` does not catch it). The limit stays *tripped*
//! for the rest of the host call: every later poll, in every thread of the interpreter,
//! raises it again, so a script that catches it with a bare `except:` gets it back at
//! its next loop iteration or call; and a host call that finishes "successfully" after
//! a limit tripped still returns the `LimitExceeded` error. The trip is reset when the
//! next host call starts.

use super::Error;
use crate::gil::{CANCEL, LIMITS, TIMEOUT};
use crate::runtime::value::PyRef;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::time::{Duration, Instant};

/// Which limit stopped a script (see [`Error::limit`]).
///
/// ```
/// use garter::embed::{Interpreter, Limit, Limits};
/// use std::time::Duration;
/// let interp = Interpreter::builder()
///     .limits(Limits { timeout: Some(Duration::from_millis(50)), ..Limits::default() })
///     .build();
/// let e = interp.run("while True: pass", "<spin>").unwrap_err();
/// assert_eq!(e.limit(), Some(Limit::Timeout));
/// assert!(e.last_line().starts_with("LimitExceeded: time limit exceeded"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// More operations (loop iterations and calls) than [`Limits::max_operations`].
    Operations,
    /// The host call ran longer than [`Limits::timeout`].
    Timeout,
    /// The host called [`super::InterruptHandle::stop`].
    Stopped,
}

/// Resource limits, set with [`super::Builder::limits`]. Every field is off by default.
///
/// The operation budget and the timeout apply to each host call (`run`, `eval`,
/// `call`, one `with_gil` session): they restart when a call starts while no other is
/// running, and Python threads the script started count against the call that is
/// running. The recursion depth is [`super::Builder::recursion_limit`] (it raises an
/// ordinary, catchable `RecursionError`).
///
/// ```
/// use garter::embed::{Interpreter, Limit, Limits};
/// use std::time::Duration;
///
/// let interp = Interpreter::builder()
///     .limits(Limits {
///         max_operations: Some(100_000),
///         timeout: Some(Duration::from_secs(5)),
///         max_alloc_bytes: Some(1 << 20),
///     })
///     .build();
/// let e = interp.run("while True:\n    pass\n", "spin.py").unwrap_err();
/// assert_eq!(e.kind(), "LimitExceeded");
/// assert_eq!(e.limit(), Some(Limit::Operations));
/// // A big allocation is an ordinary MemoryError.
/// let e = interp.eval::<String>("'x' * 10**7").unwrap_err();
/// assert_eq!(e.kind(), "MemoryError");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// At most this many operations per host call: one per loop iteration (backward
    /// jump) and one per call, counted in every thread of the interpreter.
    pub max_operations: Option<u64>,
    /// Wall-clock time per host call. Checked every 1024 operations: a script blocked
    /// in `time.sleep` or a lock wait is not woken by it (use
    /// [`super::InterruptHandle::stop`] for that).
    pub timeout: Option<Duration>,
    /// The largest single allocation a script may ask for, in bytes (`'x' * n`,
    /// `[0] * n`, `bytes(n)`, ...). Larger ones raise `MemoryError`, an ordinary
    /// exception. Without this cap an allocation the system cannot satisfy still raises
    /// `MemoryError` instead of aborting the process.
    pub max_alloc_bytes: Option<usize>,
}

impl Limits {
    /// Whether any limit that needs the per-poll check is set.
    fn polled(&self) -> bool {
        self.max_operations.is_some() || self.timeout.is_some()
    }
}

/// Per-interpreter limit state (in `Interp`, touched only under the GIL).
#[derive(Default)]
pub struct LimitState {
    config: Cell<Limits>,
    ops: Cell<u64>,
    deadline: Cell<Option<Instant>>,
    tripped: Cell<Option<Limit>>,
    /// The `LimitExceeded` class, made on first use.
    class: RefCell<Option<PyRef>>,
    /// The timeout watchdog, once a host call has had a timeout.
    watchdog: RefCell<Option<Watchdog>>,
}

/// The interpreter's timeout watchdog: one thread, started by the first host call with
/// a timeout, that sets `TIMEOUT` as a main-thread event when the armed deadline passes.
/// Each host call re-arms it (a mutex update and a notify, no thread per call); dropping
/// the interpreter stops it.
struct Watchdog {
    shared: std::sync::Arc<WatchShared>,
}

struct WatchShared {
    /// The armed deadline (`None`: disarmed) and whether to stop.
    state: parking_lot::Mutex<(Option<Instant>, bool)>,
    cv: parking_lot::Condvar,
}

impl Watchdog {
    fn start(breaker: std::sync::Arc<crate::gil::Breaker>) -> Option<Watchdog> {
        let shared = std::sync::Arc::new(WatchShared {
            state: parking_lot::Mutex::new((None, false)),
            cv: parking_lot::Condvar::new(),
        });
        let theirs = shared.clone();
        std::thread::Builder::new()
            .name("garter-timeout".into())
            .spawn(move || {
                let mut st = theirs.state.lock();
                loop {
                    match *st {
                        (_, true) => return,
                        (None, false) => theirs.cv.wait(&mut st),
                        (Some(d), false) if Instant::now() >= d => {
                            // Fired under the lock: once `arm` has replaced a deadline,
                            // the old one can no longer fire into the next host call.
                            st.0 = None;
                            breaker.set_main_event(TIMEOUT);
                        }
                        (Some(d), false) => {
                            theirs.cv.wait_until(&mut st, d);
                        }
                    }
                }
            })
            .ok()?;
        Some(Watchdog { shared })
    }

    /// Arm for `deadline`, or disarm with `None`.
    fn arm(&self, deadline: Option<Instant>) {
        self.shared.state.lock().0 = deadline;
        self.shared.cv.notify_one();
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.shared.state.lock().1 = true;
        self.shared.cv.notify_one();
    }
}

impl LimitState {
    pub(crate) fn configure(&self, vm: &Vm, limits: Limits) {
        self.config.set(limits);
        if limits.polled() {
            vm.interp.breaker.set(LIMITS);
        }
    }

    /// The allocation cap in bytes (`usize::MAX` when none).
    fn max_alloc(&self) -> usize {
        self.config.get().max_alloc_bytes.unwrap_or(usize::MAX)
    }

    /// A host call starts as the interpreter's main call: restart the budget and the
    /// clock, forget an earlier trip.
    pub(crate) fn start_call(&self, vm: &Vm) {
        let c = self.config.get();
        if !c.polled() && self.tripped.get().is_none() {
            return;
        }
        self.ops.set(0);
        let deadline = c.timeout.map(|t| Instant::now() + t);
        self.deadline.set(deadline);
        self.tripped.set(None);
        {
            let mut w = self.watchdog.borrow_mut();
            if w.is_none() && deadline.is_some() {
                *w = Watchdog::start(vm.interp.breaker.clone());
            }
            if let Some(w) = &*w {
                w.arm(deadline);
            }
        }
        // After re-arming: a deadline of an earlier call can no longer fire.
        vm.interp.breaker.take(TIMEOUT);
        if !c.polled() {
            vm.interp.breaker.take(LIMITS);
        }
    }

    /// The main host call ends: a `stop()` request has been served.
    pub(crate) fn end_call(&self, vm: &Vm) {
        if let Some(w) = &*self.watchdog.borrow() {
            w.arm(None);
        }
        vm.interp.breaker.take(CANCEL);
        vm.interp.breaker.take(TIMEOUT);
    }

    /// The limit that tripped during this host call, if any.
    pub(crate) fn tripped(&self) -> Option<Limit> {
        self.tripped.get()
    }

    fn trip(&self, vm: &Vm, which: Limit) {
        self.tripped.set(Some(which));
        // Keep every later poll on the slow path, so the trip is raised again, and wake
        // the main call if it is blocked (say, joining the thread that tripped): as a
        // main-thread event, `CANCEL` also cuts its later waits short.
        vm.interp.breaker.set(LIMITS);
        vm.interp.breaker.set_main_event(CANCEL);
    }
}

/// One breaker poll with `LIMITS` or `CANCEL` set (from `gil::handle_breaker`): count an
/// operation, check the budget, the clock and a stop request; raise `LimitExceeded`
/// while a limit is tripped.
pub(crate) fn tick(vm: &mut Vm) -> PyResult<()> {
    let st = &vm.interp.embed.limits;
    if st.tripped.get().is_none() {
        if vm.interp.breaker.get(CANCEL) {
            st.trip(vm, Limit::Stopped);
        } else if vm.interp.breaker.get(TIMEOUT) {
            st.trip(vm, Limit::Timeout);
        } else {
            let n = st.ops.get() + 1;
            st.ops.set(n);
            let c = st.config.get();
            if c.max_operations.is_some_and(|m| n > m) {
                st.trip(vm, Limit::Operations);
            } else if n & 0x3ff == 0
                && let Some(d) = st.deadline.get()
                && Instant::now() >= d
            {
                st.trip(vm, Limit::Timeout);
            }
        }
    }
    match st.tripped.get() {
        Some(which) => Err(limit_exception(vm, which)),
        None => Ok(()),
    }
}

/// The `LimitExceeded` exception for `which`.
pub(crate) fn limit_exception(vm: &mut Vm, which: Limit) -> PyErr {
    let c = vm.interp.embed.limits.config.get();
    let msg = match which {
        Limit::Operations => format!(
            "operation limit exceeded ({} operations)",
            c.max_operations.unwrap_or(0)
        ),
        Limit::Timeout => format!(
            "time limit exceeded ({:?})",
            c.timeout.unwrap_or(Duration::ZERO)
        ),
        Limit::Stopped => "stopped by the host".to_string(),
    };
    let cls = limit_class(vm);
    vm.new_exception(&cls, msg)
}

/// The `LimitExceeded(BaseException)` class of this interpreter.
fn limit_class(vm: &mut Vm) -> PyRef {
    if let Some(c) = vm.interp.embed.limits.class.borrow().clone() {
        return c;
    }
    let base = vm.types().base_exception.clone();
    let fallback = vm.types().runtime_error.clone();
    let dict = vm.new_dict(crate::runtime::dict::DictTable::new());
    let c = match dict.as_obj() {
        Some(d) => crate::runtime::types::new_class(
            &vm.types().type_.clone(),
            "LimitExceeded",
            "LimitExceeded",
            "builtins",
            vec![base],
            d.clone(),
            &vm.types().object.clone(),
        )
        .unwrap_or(fallback),
        None => fallback,
    };
    *vm.interp.embed.limits.class.borrow_mut() = Some(c.clone());
    c
}

/// Whether `err` is a `LimitExceeded` raised by this interpreter, and which limit.
pub(crate) fn which_limit(vm: &Vm, err: &PyErr) -> Option<Limit> {
    let cls = vm.interp.embed.limits.class.borrow().clone()?;
    if !crate::runtime::types::is_subtype(err.0.ty(), &cls) {
        return None;
    }
    vm.interp
        .embed
        .limits
        .tripped
        .get()
        .or(Some(Limit::Stopped))
}

/// Refuse an allocation of `bytes` (raising `MemoryError`) if it exceeds the configured
/// cap or the system cannot provide it. Called by the VM's repeat and sizing paths
/// before they allocate; the system probe runs only for large requests.
pub(crate) fn check_alloc(vm: &Vm, bytes: usize) -> PyResult<()> {
    if bytes > vm.interp.embed.limits.max_alloc() {
        return Err(vm.memory_error());
    }
    if bytes >= 1 << 26 {
        let mut probe: Vec<u8> = Vec::new();
        if probe.try_reserve_exact(bytes).is_err() {
            return Err(vm.memory_error());
        }
    }
    Ok(())
}

/// The cheap form of [`check_alloc`] for a result that grows piece by piece (`str.join`,
/// `%`-formatting): only the configured cap, no system probe.
pub(crate) fn check_growth(vm: &Vm, bytes: usize) -> PyResult<()> {
    if bytes > vm.interp.embed.limits.max_alloc() {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// Turn the result of a host call into the limit error if a limit tripped meanwhile:
/// the script caught `LimitExceeded` and finished, or something else was raised while
/// it unwound (a `with` block's exit failing, say).
pub(crate) fn finish<T>(vm: &mut Vm, r: Result<T, Error>) -> Result<T, Error> {
    let Some(which) = vm.interp.embed.limits.tripped() else {
        return r;
    };
    match r {
        Err(e) if e.limit().is_some() => Err(e),
        _ => {
            let e = limit_exception(vm, which);
            Err(Error::from_pyerr(vm, &e))
        }
    }
}
