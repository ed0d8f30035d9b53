//! The Global Interpreter Lock and the eval breaker: the only place that knows how the
//! threads of one interpreter take turns. See `docs/gil.md` for the protocol in prose.
//!
//! # Invariants (and how the types keep them)
//!
//! 1. **Objects are touched only by the thread that holds the GIL.** Values are
//!    `Rc`-based with `RefCell` interiors: non-atomic and cheap, and sound only because
//!    at most one thread touches them at a time. `Value`, `Vm` and `Interp` are `!Send`,
//!    so safe code cannot move them to another thread at all.
//! 2. **A `GilGuard` is the proof of holding the lock.** It is created only by
//!    [`Gil::acquire`], is `!Send`, and releases the lock when dropped. Each thread's `Vm`
//!    owns its guard, so code that has a `&mut Vm` runs under the GIL.
//! 3. **Values cross threads only inside [`Shared`]**, a box that is `Send` but can be
//!    filled and opened only by passing a `&GilGuard` of the same interpreter. The one
//!    `unsafe impl Send` of the crate is on `Shared`; its argument is written there.
//! 4. **Blocking happens only with the GIL released**, through one helper,
//!    [`GilGuard::allow_threads`]. Its closure must be `Send`, so it cannot capture a
//!    `Value`, a `&Vm` or any `Rc` (the PyO3 `allow_threads` idea): while the lock is
//!    released, this thread provably does not touch objects.
//!
//! # The protocol (CPython's `ceval_gil.c`, plus a convoy fix)
//!
//! * State under one `parking_lot::Mutex`: the holder, a FIFO of waiters (each parks its
//!   own OS thread, so a hand-over wakes exactly one thread), and a counter and start
//!   time of the current *turn* (see `State::turns`).
//! * **Waiting**: a thread that wants the GIL waits up to the switch interval counted
//!   from the later of its arrival and the start of the turn. If no new turn began
//!   it sets [`DROP_REQUEST`] in the eval breaker, which the holder polls (one relaxed
//!   atomic load) at every backward jump and every call.
//! * **Forced switching**: a holder that sees the drop request hands the GIL *directly*
//!   to the first waiter (the waiter becomes the holder before it even wakes), then
//!   queues for it again. So the requester really gets it, and with N CPU-bound threads
//!   the FIFO gives each a turn: no starvation, about one switch per interval.
//! * **Voluntary release** (`allow_threads`, around blocking calls): the GIL becomes
//!   free and the first waiter is woken; whoever comes first takes it.
//! * **Convoy fix** (CPython bpo-7946): a holder that was forced off is marked
//!   *CPU-bound*. A thread coming back from a blocking call is an *I/O* waiter: it queues
//!   in front of CPU-bound waiters and, if the holder is CPU-bound, requests the drop at
//!   once instead of after an interval; the CPU-bound thread it displaces queues at the
//!   front, so it is next. An I/O thread therefore waits microseconds, not an interval,
//!   and the hog still runs whenever the I/O thread blocks or has held for an interval.
//!
//! # Why this cannot deadlock
//! The GIL mutex is held only for short bookkeeping, never across a park or a callback.
//! A thread never blocks (on a lock, a queue, I/O, a join) while holding the GIL:
//! every such wait is inside `allow_threads`. Hand-over assigns the holder under the
//! mutex, so a wake-up can never be lost: the woken thread re-checks the state.

use crate::vm::{PyResult, Vm};
use parking_lot::Mutex;
use std::collections::VecDeque;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::thread::{self, Thread, ThreadId};
use std::time::{Duration, Instant};

/// Bit: an interrupt (`KeyboardInterrupt`) was requested for the main thread.
pub const INTERRUPT: u32 = 1;
/// Bit: a thread waiting for the GIL asks the holder to drop it.
pub const DROP_REQUEST: u32 = 2;
/// Bit: resource limits are configured (or one was exceeded): every poll takes the slow
/// path through `crate::embed::limits::tick`. Never set unless the host asks for limits.
pub const LIMITS: u32 = 8;
/// Bit: the host asked to stop the interpreter's current calls (`InterruptHandle::stop`).
pub const CANCEL: u32 = 16;
/// Bit: the host call's wall-clock timeout passed (set by the embedding API's watchdog
/// thread, so a script blocked in a wait is woken too).
pub const TIMEOUT: u32 = 32;

/// Flags polled by the eval loop. Shared with other threads (and signal handlers), so
/// it is atomic and `Send + Sync`.
pub struct Breaker {
    flags: AtomicU32,
    switch_interval_us: AtomicU32,
    /// Wakes the main thread's current blocking wait (set for the wait's duration).
    main_waker: Mutex<Option<Waker>>,
    /// What the main thread's sleeps wait on.
    sleep_lock: Mutex<()>,
    sleep_cv: parking_lot::Condvar,
}

/// Wakes one blocking wait: notifies its condition variable under its mutex, so the
/// wake-up cannot fall between the waiter's check and its wait.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

impl Breaker {
    pub fn new() -> Breaker {
        Breaker {
            flags: AtomicU32::new(0),
            switch_interval_us: AtomicU32::new(5000),
            main_waker: Mutex::new(None),
            sleep_lock: Mutex::new(()),
            sleep_cv: parking_lot::Condvar::new(),
        }
    }

    /// Set an event for the main thread and wake it if it is blocked.
    pub fn set_main_event(&self, bit: u32) {
        self.set(bit);
        if let Some(w) = &*self.main_waker.lock() {
            w();
        }
    }

    /// Register how to wake the main thread's wait (None when the wait ends).
    pub fn set_main_waker(&self, w: Option<Waker>) {
        *self.main_waker.lock() = w;
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

    pub fn get(&self, bit: u32) -> bool {
        self.flags.load(Ordering::SeqCst) & bit != 0
    }

    fn interval(&self) -> Duration {
        Duration::from_micros(self.switch_interval_us.load(Ordering::Relaxed) as u64)
    }
}

impl Default for Breaker {
    fn default() -> Self {
        Breaker::new()
    }
}

struct Waiter {
    id: ThreadId,
    thread: Thread,
    /// Coming back from a blocking call (queues ahead of CPU-bound waiters).
    io: bool,
    /// Was forced off last time it held the GIL.
    cpu_bound: bool,
    /// Was preempted by an I/O thread: getting the GIL back continues its turn.
    resumed: bool,
}

struct State {
    holder: Option<ThreadId>,
    /// The holder was forced off the last time it held the GIL.
    holder_cpu_bound: bool,
    queue: VecDeque<Waiter>,
    /// Turns: a CPU-bound thread getting the GIL in FIFO order starts a new turn; an I/O
    /// thread's short visit, and the preempted thread resuming after it, do not. Waiters
    /// time their interval from the start of the current turn.
    turns: u64,
    turn_start: Instant,
}

impl State {
    fn become_holder(&mut self, id: ThreadId, cpu_bound: bool, new_turn: bool, b: &Breaker) {
        // A drop request pending now was meant for the previous holder.
        b.take(DROP_REQUEST);
        self.holder = Some(id);
        self.holder_cpu_bound = cpu_bound;
        if new_turn {
            self.turns += 1;
            self.turn_start = Instant::now();
        }
    }

    fn enqueue(&mut self, w: Waiter) {
        if w.resumed {
            self.queue.push_front(w);
        } else if w.io {
            // Behind other I/O waiters, ahead of CPU-bound ones.
            let at = self
                .queue
                .iter()
                .position(|q| !q.io)
                .unwrap_or(self.queue.len());
            self.queue.insert(at, w);
        } else {
            self.queue.push_back(w);
        }
    }
}

/// One interpreter's GIL.
pub struct Gil {
    state: Mutex<State>,
    pub breaker: Arc<Breaker>,
    /// Bumped whenever the holder changes, so a waiter can spin on one atomic.
    epoch: AtomicU64,
}

/// How long a thread back from a blocking call spins for the GIL before it parks:
/// about the cost of being woken, which is what spinning saves.
const IO_SPIN: Duration = Duration::from_micros(50);

impl Gil {
    pub fn new(breaker: Arc<Breaker>) -> Arc<Gil> {
        Arc::new(Gil {
            state: Mutex::new(State {
                holder: None,
                holder_cpu_bound: false,
                queue: VecDeque::new(),
                turns: 0,
                turn_start: Instant::now(),
            }),
            breaker,
            epoch: AtomicU64::new(0),
        })
    }

    /// Block until this thread holds the GIL; the guard releases it when dropped.
    pub fn acquire(self: &Arc<Gil>) -> GilGuard {
        let id = thread::current().id();
        self.take(id, false, false, false);
        GilGuard {
            gil: self.clone(),
            id,
            cpu_bound: false,
            _not_send: PhantomData,
        }
    }

    /// Whether the calling thread holds this GIL (so acquiring it again would
    /// deadlock). Used by the embedding API to refuse re-entry.
    pub fn held_by_current_thread(&self) -> bool {
        self.state.lock().holder == Some(thread::current().id())
    }

    fn take(&self, id: ThreadId, io: bool, cpu_bound: bool, resumed: bool) {
        let mut st = self.state.lock();
        if st.holder.is_none() {
            st.become_holder(id, cpu_bound, !io && !resumed, &self.breaker);
            self.epoch.fetch_add(1, Ordering::Release);
            return;
        }
        debug_assert!(st.holder != Some(id), "GIL taken twice by one thread");
        st.enqueue(Waiter {
            id,
            thread: thread::current(),
            io,
            cpu_bound,
            resumed,
        });
        let interval = self.breaker.interval();
        let arrived = Instant::now();
        let mut seen = st.turns;
        let mut deadline = arrived.max(st.turn_start) + interval;
        if io && st.holder_cpu_bound {
            self.breaker.set(DROP_REQUEST);
        }
        if io {
            // The holder will hand over at its next poll, or release soon: spin briefly
            // instead of paying a park/unpark round trip.
            let spin_end = arrived + IO_SPIN;
            let mut seen_epoch = self.epoch.load(Ordering::Acquire);
            parking_lot::MutexGuard::unlocked(&mut st, || {
                while Instant::now() < spin_end {
                    for _ in 0..64 {
                        std::hint::spin_loop();
                    }
                    let e = self.epoch.load(Ordering::Acquire);
                    if e != seen_epoch {
                        seen_epoch = e;
                        break;
                    }
                }
            });
            if st.holder == Some(id) {
                return;
            }
            if st.holder.is_none() {
                st.queue.retain(|w| w.id != id);
                st.become_holder(id, cpu_bound, false, &self.breaker);
                self.epoch.fetch_add(1, Ordering::Release);
                return;
            }
        }
        loop {
            let now = Instant::now();
            if now >= deadline {
                if st.turns == seen {
                    self.breaker.set(DROP_REQUEST);
                }
                seen = st.turns;
                deadline = now.max(st.turn_start) + interval;
            }
            let wait = deadline.saturating_duration_since(now);
            parking_lot::MutexGuard::unlocked(&mut st, || thread::park_timeout(wait));
            if st.holder == Some(id) {
                // Handed over to us by a forced switch (already out of the queue).
                return;
            }
            if st.holder.is_none() {
                st.queue.retain(|w| w.id != id);
                st.become_holder(id, cpu_bound, !io && !resumed, &self.breaker);
                self.epoch.fetch_add(1, Ordering::Release);
                return;
            }
            if st.turns != seen {
                seen = st.turns;
                deadline = Instant::now().max(st.turn_start) + interval;
            }
            if io && st.holder_cpu_bound {
                self.breaker.set(DROP_REQUEST);
            }
        }
    }
}

/// Proof that this thread holds its interpreter's GIL. Not `Send`: it stays on the
/// thread that acquired the lock. Dropping it releases the GIL.
pub struct GilGuard {
    gil: Arc<Gil>,
    id: ThreadId,
    /// This thread was forced off the last time it held the GIL.
    cpu_bound: bool,
    _not_send: PhantomData<*const ()>,
}

impl GilGuard {
    pub fn gil(&self) -> &Arc<Gil> {
        &self.gil
    }

    /// Release the GIL, run `f` (which cannot touch objects: it must be `Send`), take
    /// the GIL back. Every blocking system call (sleep, reads, writes) goes through
    /// here; coming back, the thread is an *I/O waiter* (see the convoy fix above).
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.release_around(true, f)
    }

    /// Like `allow_threads`, for waits on other Python threads (locks, joins): coming
    /// back, the thread queues like a CPU-bound one, as in CPython. Giving lock waiters
    /// I/O priority would make producer/consumer code hand the GIL over on every item.
    pub fn allow_threads_waiting<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.release_around(false, f)
    }

    fn release_around<R: Send>(&mut self, io: bool, f: impl FnOnce() -> R + Send) -> R {
        self.release();
        if io {
            self.cpu_bound = false;
        }
        // Retake the GIL even if `f` panics, so the guard's promise holds during unwinding.
        struct Retake<'a>(&'a mut GilGuard, bool);
        impl Drop for Retake<'_> {
            fn drop(&mut self) {
                let g = &mut *self.0;
                g.gil.take(g.id, self.1, g.cpu_bound, false);
            }
        }
        let _retake = Retake(self, io);
        f()
    }

    /// Called by the eval loop when it sees `DROP_REQUEST`: hand the GIL to the first
    /// waiter and queue for it again.
    pub fn yield_to_waiter(&mut self) {
        let mut st = self.gil.state.lock();
        self.gil.breaker.take(DROP_REQUEST);
        let Some(w) = st.queue.pop_front() else {
            return;
        };
        debug_assert!(st.holder == Some(self.id));
        // An I/O thread preempted us: we are next, and our turn goes on after it.
        let resumed = w.io;
        st.become_holder(w.id, w.cpu_bound, !w.io && !w.resumed, &self.gil.breaker);
        self.gil.epoch.fetch_add(1, Ordering::Release);
        w.thread.unpark();
        drop(st);
        self.cpu_bound = true;
        self.gil.take(self.id, false, true, resumed);
    }

    fn release(&mut self) {
        let mut st = self.gil.state.lock();
        debug_assert!(st.holder == Some(self.id));
        st.holder = None;
        self.gil.epoch.fetch_add(1, Ordering::Release);
        if let Some(w) = st.queue.front() {
            w.thread.unpark();
        }
    }
}

impl Drop for GilGuard {
    fn drop(&mut self) {
        self.release();
    }
}

/// A value moved between threads of one interpreter. It is `Send` even when `T` is not
/// (for example a `Value` or an `Rc<Interp>` handed to a new thread), because it can be
/// filled and opened only by a thread holding the interpreter's GIL.
///
/// Dropping a `Shared` without opening it leaks the value: running `T`'s destructor on
/// a thread that may not hold the GIL would break invariant 1.
pub struct Shared<T> {
    value: ManuallyDrop<T>,
    gil: *const Gil,
}

// SAFETY: a `Shared<T>` gives access to its `T` only through `into_inner`, which
// requires a `GilGuard` of the same interpreter (checked at run time against the `Gil`
// address), and it never drops `T` itself. So the `T` is touched (including its `Rc`
// counts) only by threads holding that GIL, one at a time; the GIL's mutex provides the
// happens-before edge between the thread that created the box and the one that opens
// it. This is exactly the discipline all `Rc`-based values of an interpreter live under.
unsafe impl<T> Send for Shared<T> {}

impl<T> Shared<T> {
    pub fn new(guard: &GilGuard, value: T) -> Shared<T> {
        Shared {
            value: ManuallyDrop::new(value),
            gil: Arc::as_ptr(&guard.gil),
        }
    }

    /// Open the box on a thread holding the same interpreter's GIL.
    pub fn into_inner(mut self, guard: &GilGuard) -> T {
        assert!(
            std::ptr::eq(self.gil, Arc::as_ptr(&guard.gil)),
            "Shared opened under another interpreter's GIL"
        );
        // SAFETY: `self.value` is taken exactly once: `self` is consumed here, and
        // `Shared` has no `Drop` (a `ManuallyDrop` field is never dropped implicitly).
        unsafe { ManuallyDrop::take(&mut self.value) }
    }
}

/// Called by the loop when the breaker is set.
pub fn handle_breaker(vm: &mut Vm) -> PyResult<()> {
    let b = &vm.interp.breaker;
    if b.get(LIMITS | CANCEL | TIMEOUT) {
        crate::embed::limits::tick(vm)?;
        if !vm.interp.breaker.get(!(LIMITS | CANCEL | TIMEOUT)) {
            return Ok(());
        }
    }
    let b = &vm.interp.breaker;
    if b.get(DROP_REQUEST) {
        vm.gil.yield_to_waiter();
    }
    if !vm.is_main_thread() {
        // Events for the main thread: let it (or whoever is next) run.
        if vm.interp.breaker.main_pending() {
            vm.gil.yield_to_waiter();
        }
        return Ok(());
    }
    if vm.interp.breaker.take(crate::signals::SIGNALS) {
        crate::signals::run_pending(vm)?;
    }
    if vm.interp.breaker.take(INTERRUPT) {
        return Err(vm.new_exception_args(&vm.types().keyboard_interrupt.clone(), vec![]));
    }
    Ok(())
}

/// How long a blocked main thread waits before looking at the breaker again.
pub const MAIN_POLL: Duration = Duration::from_millis(2);

/// Events only the main thread handles: interrupts and pending signals.
const MAIN_EVENTS: u32 = INTERRUPT | CANCEL | TIMEOUT | crate::signals::SIGNALS;

impl Breaker {
    /// Something is pending that the main thread must handle.
    pub fn main_pending(&self) -> bool {
        self.get(MAIN_EVENTS)
    }
}

/// Sleep for `d` with the GIL released. The main thread wakes for interrupts (and, if
/// the handler returns normally, sleeps on for the rest of the time, as PEP 475 says).
pub fn sleep(vm: &mut Vm, d: Duration) -> PyResult<()> {
    if d.is_zero() {
        vm.gil.allow_threads(thread::yield_now);
        return Ok(());
    }
    let deadline = Instant::now() + d;
    let main = vm.is_main_thread();
    if !main {
        vm.gil.allow_threads(|| thread::sleep(d));
        return Ok(());
    }
    let r = main_sleep_until(vm, deadline);
    vm.interp.breaker.set_main_waker(None);
    r
}

/// The waker of the main thread's sleeps and `pause`.
fn sleep_waker(vm: &Vm) -> Waker {
    let arc = vm.interp.breaker.clone();
    Arc::new(move || {
        let _g = arc.sleep_lock.lock();
        arc.sleep_cv.notify_all();
    })
}

/// `signal.pause()`: wait until an event for the main thread arrives, then handle it.
pub fn pause(vm: &mut Vm) -> PyResult<()> {
    vm.interp.breaker.set_main_waker(Some(sleep_waker(vm)));
    let breaker = &*vm.interp.breaker;
    vm.gil.allow_threads(|| {
        let mut g = breaker.sleep_lock.lock();
        while !breaker.main_pending() {
            breaker.sleep_cv.wait(&mut g);
        }
    });
    vm.interp.breaker.set_main_waker(None);
    handle_breaker(vm)
}

/// The main thread's sleep: a condvar wait that `set_main_event` cuts short.
fn main_sleep_until(vm: &mut Vm, deadline: Instant) -> PyResult<()> {
    let waker = sleep_waker(vm);
    loop {
        // (Re-)register each time: a handler run below may have waited itself.
        vm.interp.breaker.set_main_waker(Some(waker.clone()));
        let breaker = &*vm.interp.breaker;
        let interrupted = vm.gil.allow_threads(|| {
            let mut g = breaker.sleep_lock.lock();
            loop {
                if breaker.main_pending() {
                    return true;
                }
                if breaker.sleep_cv.wait_until(&mut g, deadline).timed_out() {
                    return breaker.main_pending();
                }
            }
        });
        if !interrupted {
            return Ok(());
        }
        handle_breaker(vm)?;
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
