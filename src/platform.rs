//! Thin safe wrappers over the few POSIX calls `std` does not offer (raw file descriptors
//! for `os.pipe`/`os.read`/`os.write`/`os.close`, thread identities, process ids). This
//! is the only file that calls `libc` directly; each `unsafe` block is a plain FFI call
//! whose arguments are valid by construction (owned buffers with their real lengths).

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
