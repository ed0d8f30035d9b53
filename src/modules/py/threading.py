"""Thread objects and synchronisation primitives, Garter's frozen `threading`.

This module owns everything of `threading` that is written in Python on top
of the native `_thread` module: the `Thread` class and its bookkeeping
(names, idents, daemon flags, the table of running threads, the main and
dummy threads, shutdown joining), thread exception reporting (`excepthook`),
`Condition`, `Semaphore`, `BoundedSemaphore`, `Event`, `Timer`, `Barrier`
and thread-local data (`local`).  `Lock` and `RLock` come straight from
`_thread`.  CPython 3.11 behaviour (messages, reprs, default names) is the
specification.

How a thread's end is observed: `_thread` gives no end-of-thread signal, so
each started thread allocates a lock, acquires it before announcing itself
as started, and releases it as the very last step of its bootstrap.
`join()` and `is_alive()` wait for / poll that lock, and `_shutdown()` (run
by the interpreter when the main thread finishes) waits on the locks of all
non-daemon threads.

Thread-local data is kept per `local` object in a dict keyed by thread
ident.  A thread started by `Thread.start` removes its entries when it ends;
threads started directly with `_thread.start_new_thread` cannot be tracked,
so their entries live as long as the `local` object does.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'local', 'stack_size', 'excepthook',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_CRLock = getattr(_thread, 'RLock', None)

Lock = _allocate_lock


def _deprecated(message):
    # CPython emits DeprecationWarning for the camelCase aliases; do the same
    # when a `warnings` module exists, stay silent otherwise.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# --- reentrant lock ----------------------------------------------------------

def RLock(*args, **kwargs):
    """Return a new reentrant lock (the native one when `_thread` has it)."""
    if _CRLock is None:
        return _PyRLock(*args, **kwargs)
    return _CRLock(*args, **kwargs)


class _RLock:
    """Reentrant lock written in Python, used only if `_thread.RLock` is absent."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        thread = _active.get(owner)
        if thread is not None:
            owner = thread.name
        state = "locked" if self._block.locked() else "unlocked"
        cls = self.__class__
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            state, cls.__module__, cls.__qualname__, owner, self._count,
            hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0


_PyRLock = _RLock


# --- Condition ---------------------------------------------------------------

class Condition:
    """A condition variable: lets threads wait until notified by another.

    Each waiter blocks on a private lock that it holds itself; notify()
    releases the private locks of the longest-waiting threads.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know their owner (RLock) provide these three; plain
        # locks get the fallbacks defined on the class.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            try:
                setattr(self, name, getattr(lock, name))
            except AttributeError:
                pass
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: assume that whoever sees it
        # locked owns it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or timed out, re-acquire.

        Returns True unless the timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    # A notifier already took us off the list (and released
                    # our lock) just as the wait timed out: we did get the
                    # notification, so report it rather than lose it.
                    notified = True
        return notified

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires.

        Returns the last value of predicate().
        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                # Not locked any more: that waiter has already given up.
                continue
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


# --- Semaphores --------------------------------------------------------------

class Semaphore:
    """A counter that acquire() decrements and release() increments.

    acquire() blocks while the counter is zero.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero.

        Returns False if not blocking (or timed out) and the counter stayed
        zero, True otherwise.
        """
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that exceeds the bound."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Event -------------------------------------------------------------------

class Event:
    """A boolean flag that threads can wait on until it becomes true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return True if and only if the flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag to false."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true or the timeout expires.

        Returns the flag on exit (so False only when timed out).
        """
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


# --- Barrier -----------------------------------------------------------------

# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Make a fixed number of threads wait for each other.

    Each wait() blocks until `parties` threads are waiting; then (after the
    optional action has run in one of them) all are released together and
    the barrier can be used again.
    """

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0          # threads inside wait()

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier to trip; return this thread's arrival index.

        The index runs from 0 to parties-1.  BrokenBarrierError is raised if
        the barrier is or becomes broken (abort, reset, timeout, failing
        action).
        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Threads from the previous cycle may still be leaving.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == _DRAINING or
                                         self._state == _RESETTING):
                    # Last one out: the barrier is ready for the next cycle.
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def reset(self):
        """Return the barrier to its empty state.

        Threads currently waiting get BrokenBarrierError.
        """
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == _BROKEN


# --- thread bookkeeping ------------------------------------------------------

_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for every running thread we know of
_limbo = {}     # Thread -> Thread, started but not yet running

# Running-flag locks of non-daemon threads, waited on by _shutdown():
# id(lock) -> lock.  A thread removes its own entry as it ends.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = {}

_counter_lock = _allocate_lock()
_counter = 0


def _newname(template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


# --- exception reporting -----------------------------------------------------

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: a 4-sequence with names."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(args)}-sequence given)")
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr.

    Prints "Exception in thread NAME:" and the traceback; SystemExit is
    silently ignored.
    """
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    stderr = _sys.stderr
    if stderr is None:
        if thread is None:
            return
        stderr = getattr(thread, '_stderr', None)
        if stderr is None:
            return
    if thread is not None:
        name = thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    show = getattr(_sys, '__excepthook__', None) or _sys.excepthook
    show(args.exc_type, args.exc_value, args.exc_traceback)
    stderr.flush()


# The original hook, for restoring `threading.excepthook`.
__excepthook__ = excepthook


def _invoke_excepthook(thread):
    # Called inside the `except:` clause of a thread's bootstrap.
    args = None
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        args = ExceptHookArgs(_sys.exc_info() + (thread,))
        hook(args)
    except Exception as exc:
        # The hook itself failed: report that error (alone, not chained to
        # the thread's exception) through sys.excepthook.
        exc.__suppress_context__ = True
        del exc
        stderr = _sys.stderr
        if stderr is None:
            stderr = thread._stderr
        print("Exception in threading.excepthook:", file=stderr, flush=True)
        _sys.excepthook(*_sys.exc_info())
    finally:
        # Break the cycle exception -> traceback -> this frame -> args.
        args = None


# --- Thread ------------------------------------------------------------------

class Thread:
    """A thread of control, running target(*args, **kwargs) or run().

    Subclasses may override run() (and __init__, calling Thread.__init__
    first).
    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                except AttributeError:
                    pass
                else:
                    name += f" ({target_name})"
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None     # held while the thread runs
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        # Per-thread tables of the `local` objects this thread has used,
        # cleaned when the thread ends; None for threads that never end
        # under our control (main and dummy threads).
        self._local_tables = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()   # updates _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity: run() in a new thread.

        May be called at most once per Thread object.
        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap_inner, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity; calls the target given to the constructor."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, the thread object may outlive the call.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # First Python code of the new OS thread.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._local_tables = []
            running = _allocate_lock()
            running.acquire()
            self._tstate_lock = running
            if not self._daemonic:
                with _shutdown_locks_lock:
                    _shutdown_locks[id(running)] = running
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        # Last Python code of the thread: forget it, then announce its end.
        ident = self._ident
        tables = self._local_tables
        self._local_tables = None
        if tables:
            for table in tables:
                table.pop(ident, None)
        with _active_limbo_lock:
            _active.pop(ident, None)
            _limbo.pop(self, None)
        running = self._tstate_lock
        if running is not None:
            with _shutdown_locks_lock:
                _shutdown_locks.pop(id(running), None)
            running.release()
        else:
            self._is_stopped = True
        if not self._started.is_set():
            # Failed before announcing the start: don't leave start() hanging.
            self._started.set()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # Wait (or, with block=False, poll) for the thread's end.
        running = self._tstate_lock
        if running is None:
            return
        if running.acquire(block, timeout):
            running.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread terminates, or until timeout seconds pass.

        Returns None either way; use is_alive() to tell which happened.
        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The OS thread id, or None if not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether this is a daemon thread (the program does not wait for it)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: use the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: use the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds,
    unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # The thread that imported this module (assumed to be the main thread).

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        running = _allocate_lock()
        running.acquire()            # released by _shutdown()
        self._tstate_lock = running
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    # Stands for a thread not started by this module (e.g. by
    # _thread.start_new_thread).  It is always alive and cannot be joined.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# --- module-level functions --------------------------------------------------

def current_thread():
    """Return the Thread object of the calling thread.

    A thread not started by this module gets a _DummyThread.
    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    """Return the main Thread object."""
    return _main_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


# Trace and profile hooks for new threads exist only when `sys` can install
# them in a thread.
_trace_hook = None
_profile_hook = None

if hasattr(_sys, 'settrace') and hasattr(_sys, 'setprofile'):
    __all__ += ['setprofile', 'settrace']

    def settrace(func):
        """Set a trace function for threads started from now on."""
        global _trace_hook
        _trace_hook = func

    def setprofile(func):
        """Set a profile function for threads started from now on."""
        global _profile_hook
        _profile_hook = func

    def gettrace():
        """Return the trace function set by settrace()."""
        return _trace_hook

    def getprofile():
        """Return the profile function set by setprofile()."""
        return _profile_hook


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call `func(*arg, **kwargs)` at interpreter exit, before threads are joined
    (used by multiprocessing and concurrent.futures)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait for every non-daemon thread to end.

    Called by the interpreter when the main thread has finished.
    """
    if _main_thread._is_stopped:
        return
    running = _main_thread._tstate_lock
    if running is not None and running.locked():
        running.release()
    _main_thread._stop()
    # Registered exit functions run before threads are joined, last first.
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for func in reversed(_threading_atexits):
        func()
    # Threads may start further threads while we wait: repeat until no
    # non-daemon thread is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks.values())
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# --- thread-local data -------------------------------------------------------

class _LocalImpl:
    # Per-`local` state: the constructor arguments (for __init__ in other
    # threads) and the attribute dict of each thread, by ident.
    __slots__ = ('dicts', 'args', 'kwargs')

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.args = args
        self.kwargs = kwargs


def _local_dict(self):
    # The calling thread's attribute dict of local object `self`.
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = _local_new_dict(impl, ident)
        init = type(self).__init__
        if init is not object.__init__:
            # First use in this thread: run __init__ as CPython does.
            try:
                init(self, *impl.args, **impl.kwargs)
            except:
                impl.dicts.pop(ident, None)
                raise
    return d


def _local_new_dict(impl, ident):
    d = {}
    impl.dicts[ident] = d
    thread = _active.get(ident)
    if thread is not None:
        tables = thread._local_tables
        if tables is not None:
            tables.append(impl.dicts)
    return d


_MISSING = object()


def _local_class_attr(cls, name):
    # The attribute `name` of a local subclass, if it defines one.
    for base in cls.__mro__:
        if base is _local or base is object:
            continue
        ns = base.__dict__
        if name in ns:
            return ns[name]
    return _MISSING


def _is_data_descriptor(attr):
    if isinstance(attr, property):
        return True
    kind = type(attr)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _local_type_name(self):
    cls = type(self)
    if cls is _local:
        return '_thread._local'
    return cls.__name__


class _local:
    """Thread-local data: each thread sees its own set of attributes.

    Subclasses may define methods, class attributes and __init__; __init__
    runs again (with the constructor's arguments) the first time each other
    thread touches the object.
    """

    __module__ = '_thread'

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _LocalImpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        # The creating thread's dict; type() calls __init__ on it next.
        _local_new_dict(impl, get_ident())
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d:
            if type(self) is _local:
                return d[name]
            if not _is_data_descriptor(_local_class_attr(type(self), name)):
                return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is _local:
                raise AttributeError(
                    f"'_thread._local' object has no attribute '{name}'") from None
            raise

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if type(self) is not _local:
            attr = _local_class_attr(type(self), name)
            if _is_data_descriptor(attr):
                if isinstance(attr, property):
                    if attr.fset is None:
                        raise AttributeError(
                            f"property '{name}' of '{type(self).__name__}' "
                            "object has no setter")
                    attr.fset(self, value)
                else:
                    type(attr).__set__(attr, self, value)
                return
        d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if type(self) is not _local:
            attr = _local_class_attr(type(self), name)
            if _is_data_descriptor(attr):
                if isinstance(attr, property):
                    if attr.fdel is None:
                        raise AttributeError(
                            f"property '{name}' of '{type(self).__name__}' "
                            "object has no deleter")
                    attr.fdel(self)
                else:
                    type(attr).__delete__(attr, self)
                return
        if name not in d:
            raise AttributeError(
                f"'{_local_type_name(self)}' object has no attribute '{name}'")
        del d[name]


local = _local


# --- the main thread ---------------------------------------------------------

_main_thread = _MainThread()
