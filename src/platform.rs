//! Thin safe wrappers over the few POSIX calls `std` does not offer (raw file descriptors
//! for `os.pipe`/`os.read`/`os.write`/`os.close`, thread identities, process ids), and
//! the `garter` binary's allocator. This is the only file that calls `libc` (or
//! mimalloc) directly; each `unsafe` block is a plain FFI call whose arguments are valid
//! by construction (owned buffers with their real lengths).

use std::io;

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// `pipe2(O_CLOEXEC)`: (read end, write end).
pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid, writable array of two ints, as pipe2 requires.
    check(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

/// `read(fd, n)`: up to `n` bytes (fewer at end of file).
pub fn read(fd: i32, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    loop {
        // SAFETY: `buf` is valid for writes of `buf.len()` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if r >= 0 {
            buf.truncate(r as usize);
            return Ok(buf);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// `write(fd, data)`: the number of bytes written.
pub fn write(fd: i32, data: &[u8]) -> io::Result<usize> {
    loop {
        // SAFETY: `data` is valid for reads of `data.len()` bytes.
        let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: closing a descriptor number has no memory-safety preconditions; a wrong
    // number fails with EBADF.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// `threading.get_ident()`: the pthread handle, as CPython reports it.
pub fn thread_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// `threading.get_native_id()`: the kernel thread id.
pub fn native_thread_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u64 }
}

pub fn getppid() -> i64 {
    // SAFETY: getppid has no preconditions.
    unsafe { libc::getppid() as i64 }
}

/// `raise(sig)`: send a signal to the calling thread.
pub fn raise(sig: i32) -> io::Result<()> {
    // SAFETY: raise has no memory-safety preconditions; a bad number fails with EINVAL.
    check(unsafe { libc::raise(sig) }).map(|_| ())
}

/// `kill(pid, sig)`.
pub fn kill(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill has no memory-safety preconditions.
    check(unsafe { libc::kill(pid, sig) }).map(|_| ())
}

/// `alarm(secs)`: the seconds left on the previous alarm.
pub fn alarm(secs: u32) -> u32 {
    // SAFETY: alarm has no preconditions.
    unsafe { libc::alarm(secs) }
}

fn to_timeval(secs: f64) -> libc::timeval {
    let whole = secs.trunc();
    let mut usec = ((secs - whole) * 1e6).round() as libc::suseconds_t;
    // Like CPython: a positive time that rounds to zero microseconds is one microsecond.
    if whole == 0.0 && usec == 0 && secs > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: whole as libc::time_t,
        tv_usec: usec,
    }
}

fn from_timeval(t: &libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// `setitimer(which, value, interval)`: the previous (value, interval).
pub fn setitimer(which: i32, value: f64, interval: f64) -> io::Result<(f64, f64)> {
    let new = libc::itimerval {
        it_interval: to_timeval(interval),
        it_value: to_timeval(value),
    };
    let mut old = libc::itimerval {
        it_interval: to_timeval(0.0),
        it_value: to_timeval(0.0),
    };
    // SAFETY: both pointers refer to valid, initialised itimerval structs on our stack.
    check(unsafe { libc::setitimer(which as _, &new, &mut old) })?;
    Ok((from_timeval(&old.it_value), from_timeval(&old.it_interval)))
}

/// `getitimer(which)`: the current (value, interval).
pub fn getitimer(which: i32) -> io::Result<(f64, f64)> {
    let mut cur = libc::itimerval {
        it_interval: to_timeval(0.0),
        it_value: to_timeval(0.0),
    };
    // SAFETY: the pointer refers to a valid itimerval struct on our stack.
    check(unsafe { libc::getitimer(which as _, &mut cur) })?;
    Ok((from_timeval(&cur.it_value), from_timeval(&cur.it_interval)))
}

/// Whether SIGINT is ignored (`SIG_IGN`) in this process, e.g. inherited from a shell
/// that starts background jobs that way.
pub fn sigint_ignored() -> bool {
    // SAFETY: a zeroed sigaction is a valid out-parameter; a null new action only queries.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Wait until `fd` is readable or `timeout` passes; true if readable (or in error, so
/// the following read reports it).
pub fn wait_readable(fd: i32, timeout: std::time::Duration) -> bool {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = timeout.as_millis().min(i32::MAX as u128) as libc::c_int;
    // SAFETY: `p` is one valid pollfd, and we pass a count of 1.
    let r = unsafe { libc::poll(&mut p, 1, ms) };
    r != 0
}

/// `_exit(status)`: end the process at once, without unwinding or flushing.
pub fn exit_now(status: i32) -> ! {
    // SAFETY: _exit has no preconditions and does not return.
    unsafe { libc::_exit(status) }
}

/// `poll(2)` on several descriptors for readability (or hang-up/error, so the following
/// read reports it): which of `fds` are ready, all false on timeout. `None` waits forever.
pub fn poll_readable(fds: &[i32], timeout: Option<std::time::Duration>) -> io::Result<Vec<bool>> {
    let mut ps: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    let ms = match timeout {
        Some(t) => t.as_millis().min(i32::MAX as u128) as libc::c_int,
        None => -1,
    };
    loop {
        // SAFETY: `ps` is a valid array of `ps.len()` pollfds.
        let r = unsafe { libc::poll(ps.as_mut_ptr(), ps.len() as libc::nfds_t, ms) };
        if r >= 0 {
            return Ok(ps.iter().map(|p| p.revents != 0).collect());
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// `waitpid(pid)`: `Some(exit code)` once the child has ended (minus the signal number
/// if a signal killed it, as `Process.exitcode`), `None` if `nohang` and it still runs.
pub fn waitpid(pid: i32, nohang: bool) -> io::Result<Option<i32>> {
    let mut status: libc::c_int = 0;
    let flags = if nohang { libc::WNOHANG } else { 0 };
    loop {
        // SAFETY: `status` is a valid out-parameter.
        let r = unsafe { libc::waitpid(pid, &mut status, flags) };
        if r == 0 {
            return Ok(None);
        }
        if r > 0 {
            if libc::WIFSIGNALED(status) {
                return Ok(Some(-libc::WTERMSIG(status)));
            }
            return Ok(Some(libc::WEXITSTATUS(status)));
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Set or clear `FD_CLOEXEC` on `fd`.
pub fn set_cloexec(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: fcntl on a descriptor number has no memory-safety preconditions.
    let fl = check(unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
    let new = if on {
        fl | libc::FD_CLOEXEC
    } else {
        fl & !libc::FD_CLOEXEC
    };
    // SAFETY: as above.
    check(unsafe { libc::fcntl(fd, libc::F_SETFD, new) }).map(|_| ())
}

/// Set or clear `O_NONBLOCK` on `fd`.
pub fn set_nonblocking(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: fcntl on a descriptor number has no memory-safety preconditions.
    let fl = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let new = if on {
        fl | libc::O_NONBLOCK
    } else {
        fl & !libc::O_NONBLOCK
    };
    // SAFETY: as above.
    check(unsafe { libc::fcntl(fd, libc::F_SETFL, new) }).map(|_| ())
}

/// Start `exe args...` as a child process with standard input from `/dev/null`, stdout
/// and stderr shared with us, SIGINT ignored (the parent handles Ctrl+C and ends its
/// children), and the descriptors `keep` inherited under the same numbers (every other
/// descriptor of ours is close-on-exec). Returns the child's pid; the caller reaps it
/// with [`waitpid`].
pub fn spawn_child(exe: &std::path::Path, args: &[String], keep: &[i32]) -> io::Result<i32> {
    use std::os::unix::process::CommandExt;
    let keep = keep.to_vec();
    let mut cmd = std::process::Command::new(exe);
    cmd.args(args).stdin(std::process::Stdio::null());
    // SAFETY: the closure runs in the forked child before exec. It only calls fcntl and
    // signal, which are async-signal-safe, iterates a vector allocated before the fork,
    // and does not allocate.
    unsafe {
        cmd.pre_exec(move || {
            for &fd in &keep {
                let fl = libc::fcntl(fd, libc::F_GETFD);
                if fl < 0 || libc::fcntl(fd, libc::F_SETFD, fl & !libc::FD_CLOEXEC) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            libc::signal(libc::SIGINT, libc::SIG_IGN);
            Ok(())
        });
    }
    let child = cmd.spawn()?;
    // Dropping `Child` neither waits nor kills: the pid is reaped with `waitpid`.
    Ok(child.id() as i32)
}

/// `clock_gettime(CLOCK_MONOTONIC)` in nanoseconds: the system-wide monotonic clock that
/// CPython's `time.monotonic` and `time.perf_counter` read, so values agree between
/// processes (a parent and its `multiprocessing` children).
pub fn monotonic_ns() -> i64 {
    clock_ns(libc::CLOCK_MONOTONIC)
}

/// `clock_gettime(CLOCK_PROCESS_CPUTIME_ID)` in nanoseconds: CPU time of the process
/// (`time.process_time`).
pub fn process_time_ns() -> i64 {
    clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn clock_ns(id: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids used are always supported.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// The `garter` binary's global allocator: mimalloc, called through its plain entry
/// points. A Python program allocates and frees many small objects, where mimalloc is
/// markedly faster than the system allocator; and `mi_malloc` is about half the cost of
/// the `mi_malloc_aligned` path a generic wrapper takes for every allocation. Only the
/// binary installs it (`main.rs`); the library leaves the global allocator to the host.
pub struct Allocator;

/// Alignment every `mi_malloc` block of at least this size has (`MI_MAX_ALIGN_SIZE`).
const MI_MAX_ALIGN: usize = 16;

impl Allocator {
    /// Whether the plain (unaligned) entry points satisfy `layout`: the same rule `std`'s
    /// system allocator uses for `malloc`.
    #[inline]
    fn plain(layout: std::alloc::Layout) -> bool {
        layout.align() <= MI_MAX_ALIGN && layout.align() <= layout.size()
    }
}

// SAFETY: every method forwards to mimalloc, which implements the `GlobalAlloc`
// contract: blocks are valid for `layout.size()` bytes at `layout.align()` (the plain
// entry points only when `Allocator::plain` holds, else the aligned ones), null on
// failure, and `mi_free`/`mi_realloc` accept any pointer mimalloc returned.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if Self::plain(layout) {
                libmimalloc_sys::mi_malloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if Self::plain(layout) {
                libmimalloc_sys::mi_zalloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: see the impl.
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl.
        unsafe {
            if layout.align() <= MI_MAX_ALIGN && layout.align() <= new_size {
                libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}
