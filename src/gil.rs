//! The eval breaker: one atomic word the dispatch loop polls at backward jumps, through
//! which signals, interrupts and (later) GIL drop requests reach a running thread.
//!
//! This file will own the Global Interpreter Lock; for now the interpreter is
//! single-threaded and the breaker carries only interrupt requests.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicU32, Ordering};

/// Bit: an interrupt (`KeyboardInterrupt`) was requested.
pub const INTERRUPT: u32 = 1;

/// Flags polled by the eval loop. Shared with other threads (and signal handlers), so
/// it is atomic and `Send + Sync`.
pub struct Breaker {
    flags: AtomicU32,
    switch_interval_us: AtomicU32,
}

impl Breaker {
    pub fn new() -> Breaker {
        Breaker {
            flags: AtomicU32::new(0),
            switch_interval_us: AtomicU32::new(5000),
        }
    }

    /// One relaxed load: the whole cost of the breaker on the hot path.
    #[inline(always)]
    pub fn is_set(&self) -> bool {
        self.flags.load(Ordering::Relaxed) != 0
    }

    pub fn set(&self, bit: u32) {
        self.flags.fetch_or(bit, Ordering::SeqCst);
    }

    pub fn take(&self, bit: u32) -> bool {
        self.flags.fetch_and(!bit, Ordering::SeqCst) & bit != 0
    }
}

impl Default for Breaker {
    fn default() -> Self {
        Breaker::new()
    }
}

/// Called by the loop when the breaker is set.
pub fn handle_breaker(vm: &mut Vm) -> PyResult<()> {
    if vm.interp.breaker.take(INTERRUPT) {
        return Err(vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![]));
    }
    Ok(())
}

/// Sleep for `d`, waking early to deliver interrupts.
pub fn sleep(vm: &mut Vm, d: std::time::Duration) -> PyResult<()> {
    let deadline = std::time::Instant::now() + d;
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(());
        }
        std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(5)));
        if vm.interp.breaker.is_set() {
            handle_breaker(vm)?;
        }
    }
}

pub fn switch_interval(vm: &Vm) -> f64 {
    vm.interp.breaker.switch_interval_us.load(Ordering::Relaxed) as f64 / 1e6
}

pub fn set_switch_interval(vm: &Vm, secs: f64) {
    let us = (secs * 1e6).clamp(1.0, u32::MAX as f64) as u32;
    vm.interp
        .breaker
        .switch_interval_us
        .store(us, Ordering::Relaxed);
}
