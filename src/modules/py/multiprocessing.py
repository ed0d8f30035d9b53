"""multiprocessing: processes for CPU-bound work, with the spawn start method.

Garter's built-in version of the standard module (see docs/processes.md). Children are
fresh processes of the same executable; they re-run the main script as __mp_main__,
then receive their work over a pipe in the compact wire format of the native _mp module.
"""

import _mp
import os
import sys
import threading

__path__ = []  # a package: multiprocessing.pool and friends are built in too

__all__ = [
    "Process", "current_process", "parent_process", "active_children", "cpu_count",
    "Pool", "Queue", "SimpleQueue", "JoinableQueue", "Pipe", "Lock", "RLock", "Event",
    "Semaphore", "BoundedSemaphore", "get_context", "set_start_method",
    "get_start_method", "get_all_start_methods", "ProcessError", "TimeoutError",
    "AuthenticationError", "BufferTooShort", "freeze_support",
]


class ProcessError(Exception):
    __module__ = "multiprocessing.context"


class BufferTooShort(ProcessError):
    __module__ = "multiprocessing.context"


class TimeoutError(ProcessError):
    __module__ = "multiprocessing.context"


class AuthenticationError(ProcessError):
    __module__ = "multiprocessing.context"


class PicklingError(Exception):
    __module__ = "_pickle"


class BrokenExecutor(RuntimeError):
    """An executor (or pool) cannot be used any more."""

    __module__ = "concurrent.futures._base"


class BrokenProcessPool(BrokenExecutor):
    """A worker process of a pool ended abruptly; the pool cannot be used any more."""

    __module__ = "concurrent.futures.process"


# ---------------------------------------------------------------- wire format

# While a child's start message is pickled, the descriptors that objects such as
# queues and locks need in the child are collected here (they are inherited).
_fd_collector = None


# Classes defined here under CPython's module names live in these modules.
_ALIASES = {
    "_pickle": "multiprocessing",
}


def _lookup(module, qualname):
    module = _ALIASES.get(module, module)
    m = sys.modules.get(module)
    if m is None:
        __import__(module)
        m = sys.modules[module]
    obj = m
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj


def _global_ref(obj):
    qual = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    module = getattr(obj, "__module__", None)
    if module is None:
        module = "builtins"
    if module == "__mp_main__":
        module = "__main__"
    if qual is None:
        raise PicklingError("Can't pickle %r: it has no qualified name" % (obj,))
    if "<locals>" in qual:
        raise AttributeError("Can't pickle local object %r" % (qual,))
    try:
        found = _lookup(module, qual)
    except Exception:
        raise PicklingError(
            "Can't pickle %r: attribute lookup %s on %s failed" % (obj, qual, module)
        ) from None
    if found is not obj:
        raise PicklingError(
            "Can't pickle %r: it's not the same object as %s.%s" % (obj, module, qual)
        )
    return ("g", module, qual)


def _cannot(obj):
    cls = type(obj)
    mod = getattr(cls, "__module__", None) or "builtins"
    name = cls.__qualname__
    if name == "TextIOWrapper" or name == "BufferedReader" or name == "BufferedWriter":
        mod = "_io"
    full = name if mod == "builtins" else mod + "." + name
    return TypeError("cannot pickle %r object" % (full,))


def _reduce(obj, kind):
    if kind == "func" or kind == "type" or kind == "builtin":
        return _global_ref(obj)
    if kind == "exc":
        return ("e", type(obj), obj.args, _mp.exc_attrs(obj))
    red = getattr(obj, "__mp_reduce__", None)
    if red is not None and kind != "type":
        return red()
    if kind == "other" and type(obj).__name__ in ("method", "builtin_function_or_method"):
        owner = getattr(obj, "__self__", None)
        if owner is not None:
            # A bound method: its object, and the name to look up on it.
            return ("m", owner, obj.__name__)
    if kind == "plain":
        getstate = getattr(obj, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = obj.__dict__
        return ("o", type(obj), state)
    raise _cannot(obj)


def _build(t):
    tag = t[0]
    if tag == "g":
        return _lookup(t[1], t[2])
    if tag == "o":
        cls = t[1]
        obj = object.__new__(cls)
        setstate = getattr(obj, "__setstate__", None)
        if setstate is not None:
            setstate(t[2])
        else:
            obj.__dict__.update(t[2])
        return obj
    if tag == "e":
        cls = t[1]
        try:
            exc = cls(*t[2])
        except Exception:
            exc = RuntimeError("%s%r" % (cls.__name__, tuple(t[2])))
        for k, v in t[3].items():
            setattr(exc, k, v)
        return exc
    if tag == "m":
        return getattr(t[1], t[2])
    if tag == "q":
        return _rebuild_fd_object(t)
    raise ValueError("corrupt multiprocessing message")


def _dumps(obj):
    return _mp.dumps(obj, _reduce)


def _loads(data):
    return _mp.loads(data, _build)


def _send(fd, obj):
    _mp.send_bytes(fd, _mp.dumps(obj, _reduce))


def _share_fds(fds):
    """Called while pickling an object that needs descriptors in the child."""
    if _fd_collector is None or _fd_collector[0] != threading.get_ident():
        raise RuntimeError(
            "Queue objects should only be shared between processes through inheritance"
        )
    for fd in fds:
        if fd not in _fd_collector[1]:
            _fd_collector[1].append(fd)


def _rebuild_fd_object(t):
    cls = t[1]
    obj = object.__new__(cls)
    obj.__dict__.update(t[2])
    return obj


# ---------------------------------------------------------------- start methods


class _SpawnContext:
    _name = "spawn"

    def get_start_method(self, allow_none=False):
        return "spawn"

    def __getattr__(self, name):
        if name in __all__ or name in ("Value", "Array"):
            return globals()[name]
        raise AttributeError("'SpawnContext' object has no attribute %r" % (name,))

    def __repr__(self):
        return "<multiprocessing.context.SpawnContext object>"


_spawn_context = _SpawnContext()
_start_method_set = False


def _check_method(method):
    if method == "spawn":
        return
    if method in ("fork", "forkserver"):
        raise ValueError(
            "start method %r is not supported by Garter: only 'spawn' is" % (method,)
        )
    raise ValueError("cannot find context for %r" % (method,))


def get_context(method=None):
    if method is not None:
        _check_method(method)
    return _spawn_context


def set_start_method(method, force=False):
    global _start_method_set
    if _start_method_set and not force:
        raise RuntimeError("context has already been set")
    if method is None:
        _start_method_set = False
        return
    _check_method(method)
    _start_method_set = True


def get_start_method(allow_none=False):
    if allow_none and not _start_method_set:
        return None
    return "spawn"


def get_all_start_methods():
    return ["spawn"]


def freeze_support():
    pass


def cpu_count():
    return _mp.cpu_count()


# ---------------------------------------------------------------- spawning


def _main_path():
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path is None or path.startswith("<"):
        return None
    return os.path.abspath(path) if hasattr(os.path, "abspath") else path


def _spawn(name, payload):
    """Start a child running `payload` (a tuple, see _child_main): (pid, to_child,
    from_child). `from_child` reaches end of file when the child ends."""
    global _fd_collector
    if _inheriting:
        # The main module is being re-run in a child (no __main__ guard): starting
        # processes here would start them again in every child, without end.
        raise RuntimeError(_NOT_BOOTSTRAPPED)
    prep = {
        "sys_path": list(sys.path),
        "main_path": _main_path(),
        "name": name,
        "ppid": os.getpid(),
        "cwd": os.getcwd(),
    }
    # (owned by this thread: another thread pickling meanwhile shares nothing)
    _fd_collector = (threading.get_ident(), [])
    try:
        data = _dumps(payload)
        extra = _fd_collector[1]
    finally:
        _fd_collector = None
    r1, w1 = os.pipe()
    r2, w2 = os.pipe()
    keep = [r1, w2] + extra
    code = "import multiprocessing as _m; _m._child_main(%d, %d, %r)" % (r1, w2, keep)
    try:
        pid = _mp.spawn(["-c", code], keep)
    except BaseException:
        for fd in (r1, w1, r2, w2):
            os.close(fd)
        raise
    os.close(r1)
    os.close(w2)
    _mp.send_bytes(w1, _dumps(prep))
    _mp.send_bytes(w1, data)
    return pid, w1, r2


_inheriting = False
_NOT_BOOTSTRAPPED = '''
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        '''


def _child_main(r, w, fds):
    """The body of every child: read the preparation data, re-run the main script as
    __mp_main__, then run the process object or the pool worker loop."""
    global _current_process, _parent_pid, _inheriting
    for fd in fds:
        _mp.set_cloexec(fd)
    prep = _loads(_mp.recv_bytes(r))
    sys.path[:] = prep["sys_path"]
    _parent_pid = prep["ppid"]
    _current_process = _ChildProcessInfo(prep["name"])
    if prep["main_path"] is not None:
        _inheriting = True
        try:
            _mp.run_main(prep["main_path"])
        finally:
            _inheriting = False
    payload = _loads(_mp.recv_bytes(r))
    kind = payload[0]
    if kind == "process":
        code = _run_process(payload[1])
        sys.stdout.flush()
        sys.stderr.flush()
        sys.exit(code)
    elif kind == "worker":
        _current_process.daemon = True  # as CPython's pool workers
        from multiprocessing.pool import _worker_loop
        _worker_loop(r, w, payload[1], payload[2])


# ---------------------------------------------------------------- Process

_children = []
_counter = [0]
_parent_pid = None


class _ChildProcessInfo:
    def __init__(self, name):
        self.name = name
        self.daemon = False
        self.pid = os.getpid()
        self.ident = self.pid
        self.exitcode = None
        self.authkey = b""

    def is_alive(self):
        return True

    def __repr__(self):
        return "<%s name=%r parent=%d started>" % (
            type(self).__name__, self.name, _parent_pid or 0)


class _MainProcess(_ChildProcessInfo):
    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current_process = _MainProcess("MainProcess")


class _ParentProcess:
    def __init__(self, pid):
        self.pid = pid
        self.ident = pid
        self.name = "MainProcess"
        self.daemon = False

    def is_alive(self):
        try:
            os.kill(self.pid, 0)
        except OSError:
            return False
        return True

    def __repr__(self):
        return "<_ParentProcess name='MainProcess' parent=None started>"


def current_process():
    return _current_process


def parent_process():
    if _parent_pid is None:
        return None
    return _ParentProcess(_parent_pid)


def active_children():
    for p in list(_children):
        p._poll()
    return [p for p in _children if p._exitcode is None]


def _run_process(proc):
    global _current_process
    proc._pid = os.getpid()
    proc._started = True
    proc._popen_state = "child"
    _current_process = proc
    try:
        proc.run()
        return 0
    except SystemExit as e:
        c = e.code
        if c is None:
            return 0
        if isinstance(c, int):
            return c
        sys.stderr.write(str(c) + "\n")
        return 1
    except BaseException as e:
        sys.stderr.write("Process %s:\n" % proc._name)
        sys.stderr.write(_mp.format_exc(e))
        return 1


class Process:
    """A process object: start() spawns a child that calls run()."""

    __module__ = "multiprocessing.context"

    _start_method = "spawn"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        _counter[0] += 1
        self._identity = _counter[0]
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else "%s-%d" % (
            type(self).__name__, _counter[0])
        self._daemonic = bool(daemon) if daemon is not None else False
        self._pid = None
        self._exitcode = None
        self._sentinel = None
        self._started = False
        self._closed = False

    # What crosses to the child: everything but the parent-side process state.
    def __getstate__(self):
        d = dict(self.__dict__)
        for k in ("_pid", "_exitcode", "_sentinel", "_started", "_closed", "_to_child"):
            d.pop(k, None)
        return d

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._pid = None
        self._exitcode = None
        self._sentinel = None
        self._started = True
        self._closed = False

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        if self._started:
            raise AssertionError("cannot start a process twice")
        if _current_process.daemon:
            raise AssertionError("daemonic processes are not allowed to have children")
        for p in list(_children):
            p._poll()
        pid, to_child, from_child = _spawn(self._name, ("process", self))
        os.close(to_child)
        self._pid = pid
        self._sentinel = from_child
        self._started = True
        _children.append(self)

    def _poll(self, timeout=0):
        if self._exitcode is None and self._pid is not None:
            code = _mp.waitpid(self._pid, timeout)
            if code is not None:
                self._set_exit(code)
        return self._exitcode

    def _set_exit(self, code):
        self._exitcode = code
        if self._sentinel is not None:
            os.close(self._sentinel)
            self._sentinel = None
        if self in _children:
            _children.remove(self)

    def join(self, timeout=None):
        self._check_closed()
        if self._pid is None:
            raise AssertionError("can only join a started process")
        if self._exitcode is not None:
            return
        if timeout is not None and timeout < 0:
            timeout = 0
        if self._sentinel is not None:
            if not _mp.wait([self._sentinel], timeout):
                return
        # The pipe closed: the child is exiting; reap it.
        self._poll(timeout if timeout is not None else None)

    def is_alive(self):
        self._check_closed()
        if self._pid is None:
            return False
        return self._poll() is None

    def terminate(self):
        self._check_closed()
        self._signal(15)

    def kill(self):
        self._check_closed()
        self._signal(9)

    def _signal(self, sig):
        if self._pid is not None and self._exitcode is None:
            try:
                os.kill(self._pid, sig)
            except OSError:
                pass

    def close(self):
        if self._pid is not None and self._exitcode is None:
            if self._poll() is None:
                raise ValueError(
                    "Cannot close a process while it is still running. "
                    "You should first call join() or terminate().")
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise AssertionError("process has already started")
        self._daemonic = bool(value)

    @property
    def pid(self):
        self._check_closed()
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return self._poll()

    @property
    def sentinel(self):
        self._check_closed()
        if self._sentinel is None:
            raise ValueError("process not started")
        return self._sentinel

    @property
    def authkey(self):
        return b""

    def __repr__(self):
        cls = type(self).__name__
        if self._closed:
            status = "closed"
        elif self._pid is None:
            status = "initial"
        elif self._poll() is None:
            status = "started"
        else:
            status = "stopped exitcode=%s" % (self._exitcode,)
        out = "<%s name=%r" % (cls, self._name)
        if self._pid is not None:
            out += " pid=%d" % self._pid
        out += " parent=%d %s" % (os.getpid(), status)
        if self._daemonic:
            out += " daemon"
        return out + ">"


# ---------------------------------------------------------------- synchronisation


class _TokenPipe:
    """A counting semaphore shared between processes: a non-blocking pipe holding one
    byte per free slot. Passed to children by inheritance."""

    def __init__(self, value, maxvalue=None):
        self._r, self._w = os.pipe()
        _mp.set_nonblocking(self._r)
        self._max = maxvalue
        if value:
            os.write(self._w, b"x" * value)

    def __mp_reduce__(self):
        _share_fds([self._r, self._w])
        return ("q", type(self), self.__dict__)

    def acquire(self, block=True, timeout=None):
        if not block:
            timeout = 0
        return _mp.take_token(self._r, timeout)

    def _release(self):
        os.write(self._w, b"x")

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


class Semaphore(_TokenPipe):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        super().__init__(value)

    def release(self):
        self._release()

    def __repr__(self):
        return "<Semaphore(value=unknown)>"


class BoundedSemaphore(Semaphore):
    pass


class Lock(_TokenPipe):
    def __init__(self):
        super().__init__(1)

    def release(self):
        self._release()

    def __repr__(self):
        return "<Lock(owner=unknown)>"


class RLock:
    """A reentrant lock shared between processes (owner: process id and thread)."""

    def __init__(self):
        self._lock = Lock()
        self._owner = None
        self._count = 0

    def __mp_reduce__(self):
        return ("q", type(self), {"_lock": self._lock, "_owner": None, "_count": 0})

    def acquire(self, block=True, timeout=None):
        me = (os.getpid(), threading.get_ident())
        if self._owner == me:
            self._count += 1
            return True
        if not self._lock.acquire(block, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner != (os.getpid(), threading.get_ident()):
            raise AssertionError("attempt to release recursive lock not owned by thread")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


class Event:
    """An event shared between processes: set means "the pipe holds a byte"."""

    def __init__(self):
        self._r, self._w = os.pipe()
        _mp.set_nonblocking(self._r)

    def __mp_reduce__(self):
        _share_fds([self._r, self._w])
        return ("q", type(self), self.__dict__)

    def is_set(self):
        return bool(_mp.wait([self._r], 0))

    def set(self):
        if not self.is_set():
            os.write(self._w, b"x")

    def clear(self):
        _mp.drain(self._r)

    def wait(self, timeout=None):
        return bool(_mp.wait([self._r], timeout))


# ---------------------------------------------------------------- Pipe and Queue


class Connection:
    """One end of a Pipe: framed messages over OS pipes."""

    def __init__(self, rfd, wfd):
        self._r = rfd
        self._w = wfd
        self._closed = False
        self.readable = rfd is not None
        self.writable = wfd is not None

    def __mp_reduce__(self):
        _share_fds([fd for fd in (self._r, self._w) if fd is not None])
        return ("q", type(self), self.__dict__)

    def _check(self, need_read=None):
        if self._closed:
            raise OSError("handle is closed")
        if need_read is True and self._r is None:
            raise OSError("connection is write-only")
        if need_read is False and self._w is None:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check(False)
        _send(self._w, obj)

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        buf = bytes(buf)
        if size is None:
            size = len(buf) - offset
        _mp.send_bytes(self._w, buf[offset:offset + size])

    def recv(self):
        self._check(True)
        return _loads(_mp.recv_bytes(self._r))

    def recv_bytes(self, maxlength=None):
        self._check(True)
        return _mp.recv_bytes(self._r)

    def poll(self, timeout=0.0):
        self._check(True)
        return bool(_mp.wait([self._r], timeout))

    def fileno(self):
        self._check()
        return self._r if self._r is not None else self._w

    def close(self):
        if not self._closed:
            self._closed = True
            for fd in (self._r, self._w):
                if fd is not None:
                    try:
                        os.close(fd)
                    except OSError:
                        pass

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    if duplex:
        r1, w1 = os.pipe()
        r2, w2 = os.pipe()
        return Connection(r1, w2), Connection(r2, w1)
    r, w = os.pipe()
    return Connection(r, None), Connection(None, w)


class Queue:
    """A FIFO shared between processes: one pipe, a lock for each end."""

    __module__ = "multiprocessing.queues"

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 0
        self._maxsize = maxsize
        self._r, self._w = os.pipe()
        self._rlock = Lock()
        self._wlock = Lock()
        self._sem = BoundedSemaphore(maxsize) if maxsize else None
        self._closed = False

    def __mp_reduce__(self):
        _share_fds([self._r, self._w])
        return ("q", type(self), self.__dict__)

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % (self,))
        if self._sem is not None and not self._sem.acquire(block, timeout):
            raise _queue().Full
        data = _dumps(obj)
        with self._wlock:
            _mp.send_bytes(self._w, data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % (self,))
        if not block:
            timeout = 0
        if timeout is None:
            self._rlock.acquire()
            try:
                data = _mp.recv_bytes(self._r)
            finally:
                self._rlock.release()
        else:
            deadline = _now() + max(timeout, 0)
            if not self._rlock.acquire(True, timeout):
                raise _queue().Empty
            try:
                data = _mp.recv_bytes(self._r, max(deadline - _now(), 0))
            finally:
                self._rlock.release()
            if data is None:
                raise _queue().Empty
        if self._sem is not None:
            self._sem.release()
        return _loads(data)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not _mp.wait([self._r], 0)

    def full(self):
        if self._sem is None:
            return False
        if self._sem.acquire(False):
            self._sem.release()
            return False
        return True

    def qsize(self):
        raise NotImplementedError()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class SimpleQueue(Queue):
    __module__ = "multiprocessing.queues"

    def __init__(self):
        super().__init__(0)


class JoinableQueue(Queue):
    __module__ = "multiprocessing.queues"

    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self._unfinished = Semaphore(0)
        self._all_done = Event()
        self._all_done.set()
        self._count_lock = Lock()

    def put(self, obj, block=True, timeout=None):
        super().put(obj, block, timeout)
        self._unfinished.release()
        self._all_done.clear()

    def task_done(self):
        if not self._unfinished.acquire(False):
            raise ValueError("task_done() called too many times")
        if not self._unfinished.acquire(False):
            self._all_done.set()
        else:
            self._unfinished.release()

    def join(self):
        self._all_done.wait()


def _queue():
    # Imported on first use: children that never touch a Queue start faster.
    import queue
    return queue


def _now():
    import time
    return time.monotonic()


# ---------------------------------------------------------------- Pool

_pools = []  # live pool cores (multiprocessing.pool), ended at exit


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    """Returns a process pool object (multiprocessing.pool.Pool)."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


# ---------------------------------------------------------------- exit


def _exit_function():
    """At interpreter exit: end every pool's workers (an executor's after its queued
    work), terminate daemonic children,
    join the others (as CPython's multiprocessing.util._exit_function). After a
    Ctrl+C, which children ignore (in CPython the terminal interrupts them too), every
    child is terminated instead of waited for."""
    interrupted = _mp.sigint_received()
    for core in list(_pools):
        try:
            if core._finish_at_exit and not interrupted:
                # An executor not shut down: its queued work is done first (CPython).
                core.close()
                core.join()
            else:
                core.terminate()
        except BaseException:
            core.terminate()
    for p in list(_children):
        if p._daemonic or interrupted:
            p.terminate()
    for p in list(_children):
        p.join()


threading._register_atexit(_exit_function)
