//! OS signals → pending flags → Python handlers run by the main thread.
//!
//! # Delivery
//! * SIGINT is caught with `ctrlc`, other signals with `signal-hook`'s iterator. Both
//!   run our [`deliver`] on a helper thread, never in signal context, so it may take
//!   locks. What it does depends on the script-level disposition of the signal:
//!   a Python handler → mark the signal pending and set [`SIGNALS`] in the eval breaker
//!   (the main thread runs the handler at its next poll; a blocked main thread is woken
//!   through its registered waker); `SIG_IGN` → nothing; `SIG_DFL` of a terminating signal → flush Garter's
//!   stdout/stderr buffers, then die by the signal exactly as the OS default would
//!   (so the parent sees the same status, and no written output is lost).
//! * Only one interpreter per process receives signals: the one that called
//!   [`enable`] (the CLI always does; an embedded interpreter only if the host asks).
//! * OS-level handlers are installed lazily, when a script first sets a handler for a
//!   signal; the CLI installs SIGINT (unless it started ignored, as CPython does) and the
//!   common terminating signals (for the flush-before-dying guarantee) up front.
//!
//! # Running handlers
//! [`run_pending`] runs in the main thread under the GIL (from the breaker check): each
//! pending signal's handler is called as `handler(signum, None)`; an exception it raises
//! propagates from the interrupted point of the main thread.

use crate::gil::Breaker;
use crate::modules::io::Output;
use crate::runtime::value::Value;
use crate::vm::{PyResult, Vm};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};

/// Breaker bit: a signal is pending for the main thread.
pub const SIGNALS: u32 = 4;

/// Signal numbers are below this (Linux `NSIG`).
pub const NSIG: usize = 65;

/// Script-level dispositions, mirrored per signal for the delivery thread.
const DFL: u8 = 0;
const IGN: u8 = 1;
const HANDLER: u8 = 2;

static DISPOSITION: [AtomicU8; NSIG] = [const { AtomicU8::new(DFL) }; NSIG];
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

struct Receiver {
    breaker: Arc<Breaker>,
    stdout: Arc<Mutex<Output>>,
    stderr: Arc<Mutex<Output>>,
    /// Adds signals to the `signal-hook` iterator thread.
    hook: Mutex<Option<signal_hook::iterator::Handle>>,
    ctrlc: AtomicBool,
}

static RECEIVER: OnceLock<Receiver> = OnceLock::new();

/// Signals whose OS default terminates the process, and that the CLI catches up front
/// so it can flush its buffers first.
pub const TERMINATING: &[i32] = &[
    libc::SIGTERM,
    libc::SIGHUP,
    libc::SIGUSR1,
    libc::SIGUSR2,
    libc::SIGALRM,
];

/// Make this interpreter the one that receives the process's signals. Returns false if
/// another interpreter already does.
pub fn enable(vm: &Vm) -> bool {
    let r = Receiver {
        breaker: vm.interp.breaker.clone(),
        stdout: vm.interp.stdout.clone(),
        stderr: vm.interp.stderr.clone(),
        hook: Mutex::new(None),
        ctrlc: AtomicBool::new(false),
    };
    let ok = RECEIVER.set(r).is_ok();
    if ok {
        vm.interp.signals_enabled.set(true);
    }
    ok
}

/// Whether this interpreter receives signals.
pub fn enabled(vm: &Vm) -> bool {
    vm.interp.signals_enabled.get()
}

/// Install the OS-level handler for `sig` (idempotent).
pub fn install(sig: i32) -> std::io::Result<()> {
    let Some(r) = RECEIVER.get() else {
        return Ok(());
    };
    if sig == libc::SIGINT {
        if !r.ctrlc.swap(true, Ordering::SeqCst) {
            ctrlc::set_handler(|| deliver(libc::SIGINT))
                .map_err(|e| std::io::Error::other(e.to_string()))?;
        }
        return Ok(());
    }
    let mut hook = r.hook.lock();
    if hook.is_none() {
        let mut signals = signal_hook::iterator::Signals::new::<[i32; 0], i32>([])?;
        *hook = Some(signals.handle());
        std::thread::Builder::new()
            .name("garter-signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    deliver(sig);
                }
            })?;
    }
    hook.as_ref().map_or(Ok(()), |h| h.add_signal(sig))
}

/// Set the disposition the delivery thread acts on.
pub fn set_disposition(sig: i32, handler: &Value, is_callable: bool) {
    let d = if is_callable {
        HANDLER
    } else if matches!(handler, Value::Int(1)) {
        IGN
    } else {
        DFL
    };
    if let Some(slot) = DISPOSITION.get(sig as usize) {
        slot.store(d, Ordering::SeqCst);
    }
}

/// Called on the `ctrlc` / `signal-hook` thread for each received signal.
/// Set once a SIGINT has been delivered to a Python handler: at exit, `multiprocessing`
/// then ends its children instead of waiting for them (they ignore SIGINT; see
/// docs/processes.md).
pub static SIGINT_RECEIVED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

fn deliver(sig: i32) {
    let Some(r) = RECEIVER.get() else { return };
    let idx = sig as usize;
    if idx >= NSIG {
        return;
    }
    match DISPOSITION[idx].load(Ordering::SeqCst) {
        HANDLER => {
            if sig == libc::SIGINT {
                SIGINT_RECEIVED.store(true, Ordering::SeqCst);
            }
            PENDING[idx].store(true, Ordering::SeqCst);
            r.breaker.set_main_event(SIGNALS);
        }
        IGN => {}
        _ => die_by(sig),
    }
}

/// Flush the standard streams and die by `sig` with the OS default action (for the
/// signals whose default is to terminate; others are ignored, as their default is).
pub fn die_by(sig: i32) {
    if matches!(
        sig,
        libc::SIGCHLD | libc::SIGWINCH | libc::SIGURG | libc::SIGCONT
    ) {
        return;
    }
    if let Some(hook) = BEFORE_DEATH.get() {
        hook();
    }
    flush_all();
    let _ = signal_hook::low_level::emulate_default_handler(sig);
    // Not a terminating signal after all: nothing more to do.
}

/// Run by [`die_by`] before the process dies by a signal (the REPL puts the terminal
/// back in cooked mode there).
static BEFORE_DEATH: OnceLock<Box<dyn Fn() + Send + Sync>> = OnceLock::new();

/// Set the hook [`die_by`] runs first (once per process; later calls are ignored).
pub fn before_death(hook: impl Fn() + Send + Sync + 'static) {
    let _ = BEFORE_DEATH.set(Box::new(hook));
}

/// Write out both standard streams' buffers, waiting at most briefly for their locks.
pub fn flush_all() {
    if let Some(r) = RECEIVER.get() {
        for s in [&r.stdout, &r.stderr] {
            if let Some(mut o) = s.try_lock_for(std::time::Duration::from_millis(200)) {
                o.flush();
            }
        }
    }
}

/// Mark `sig` pending as if it had arrived (used by `raise_signal` for handled signals,
/// so the handler runs before the next statement, as in CPython).
pub fn trip(vm: &Vm, sig: i32) {
    if let Some(p) = PENDING.get(sig as usize) {
        p.store(true, Ordering::SeqCst);
        vm.interp.breaker.set(SIGNALS);
    }
}

/// Whether a Python handler is set for `sig` at the OS-delivery level.
pub fn has_handler(sig: i32) -> bool {
    DISPOSITION
        .get(sig as usize)
        .is_some_and(|d| d.load(Ordering::SeqCst) == HANDLER)
}

/// Wait (briefly, GIL released) until a signal we sent ourselves has been received.
pub fn await_delivery(vm: &mut Vm, sig: i32) {
    if !has_handler(sig) {
        return;
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_millis(100);
    vm.allow_threads(|| {
        while !PENDING[sig as usize].load(Ordering::SeqCst) && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_micros(50));
        }
    });
}

/// Run the handlers of all pending signals (main thread, under the GIL).
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    for (sig, pending) in PENDING.iter().enumerate().skip(1) {
        if !pending.swap(false, Ordering::SeqCst) {
            continue;
        }
        let handler = vm.interp.signal_handlers.borrow()[sig].clone();
        if crate::builtins::functions::is_callable(vm, &handler) {
            let r = vm.call(&handler, &[Value::Int(sig as i64), Value::None], &[]);
            if let Err(e) = r {
                // Later signals stay pending for the next check.
                if PENDING.iter().any(|p| p.load(Ordering::SeqCst)) {
                    vm.interp.breaker.set(SIGNALS);
                }
                return Err(e);
            }
        } else if matches!(handler, Value::Int(0)) {
            die_by(sig as i32);
        }
    }
    Ok(())
}
