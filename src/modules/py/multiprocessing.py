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


class RemoteTraceback(Exception):
    __module__ = "multiprocessing.pool"

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    __module__ = "multiprocessing.pool"

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


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
    if tag == "q":
        return _rebuild_fd_object(t)
    raise ValueError("corrupt multiprocessing message")


def _dumps(obj):
    return _mp.dumps(obj, _reduce)


def _loads(data):
    return _mp.loads(data, _build)


def _send(fd, obj):
    _mp.send_bytes(fd, _mp.dumps(obj, _reduce))


def _recv(fd, timeout=None):
    data = _mp.recv_bytes(fd, timeout)
    if data is None:
        return _NOTHING
    return _mp.loads(data, _build)


_NOTHING = object()


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


def _remote_error(exc, tb, cls=RemoteTraceback):
    exc.__cause__ = cls('\n"""\n%s"""' % tb)
    return exc


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


def _child_main(r, w, fds):
    """The body of every child: read the preparation data, re-run the main script as
    __mp_main__, then run the process object or the pool worker loop."""
    global _current_process, _parent_pid, _inherited_fds
    for fd in fds:
        _mp.set_cloexec(fd)
    _inherited_fds = fds
    prep = _loads(_mp.recv_bytes(r))
    sys.path[:] = prep["sys_path"]
    _parent_pid = prep["ppid"]
    _current_process = _ChildProcessInfo(prep["name"])
    if prep["main_path"] is not None:
        _mp.run_main(prep["main_path"])
    payload = _loads(_mp.recv_bytes(r))
    kind = payload[0]
    if kind == "process":
        code = _run_process(payload[1])
        sys.stdout.flush()
        sys.stderr.flush()
        sys.exit(code)
    elif kind == "worker":
        _worker_loop(r, w, payload[1], payload[2])


# ---------------------------------------------------------------- Process

_children = []
_counter = [0]
_parent_pid = None
_inherited_fds = []


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

_pools = []


def _worker_loop(r, w, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            msg = _loads(_mp.recv_bytes(r))
        except EOFError:
            break
        if msg is None:
            break
        job, idx, func, chunk, mode = msg
        try:
            if mode == 0:
                res = [func(x) for x in chunk]
            elif mode == 1:
                res = [func(*x) for x in chunk]
            else:
                res = [func(*chunk[0], **chunk[1])]
            out = (job, idx, True, res)
        except BaseException as e:
            out = (job, idx, False, (e, _mp.format_exc(e)))
        try:
            data = _dumps(out)
        except BaseException as e:
            try:
                err = MaybeEncodingError(e, out[3][0] if mode == 2 else out[3])
                data = _dumps((job, idx, False, (err, "")))
            except BaseException:
                data = _dumps((job, idx, False, (RuntimeError(repr(e)), "")))
        _mp.send_bytes(w, data)
    sys.stdout.flush()


class _Worker:
    def __init__(self, pid, to_child, from_child):
        self.pid = pid
        self.w = to_child
        self.r = from_child
        self.task = None
        self.exitcode = None


RUN, CLOSE, TERMINATE = 0, 1, 2


class _PoolCore:
    """Workers and a manager thread that hands tasks to idle workers and collects
    results. Shared by Pool and concurrent.futures.ProcessPoolExecutor."""

    def __init__(self, processes, initializer, initargs, broken_message,
                 tb_class=RemoteTraceback, finish_at_exit=False):
        self._broken_message = broken_message
        self._finish_at_exit = finish_at_exit
        self._tb_class = tb_class
        self._lock = threading.Lock()
        self._tasks = []
        self._task_head = 0
        self._state = RUN
        self._broken = None
        self._workers = []
        self._wake_r, self._wake_w = os.pipe()
        self._next_job = 0
        self._jobs = {}
        try:
            for i in range(processes):
                _counter[0] += 1
                name = "SpawnPoolWorker-%d" % _counter[0]
                pid, w, r = _spawn(name, ("worker", initializer, tuple(initargs)))
                self._workers.append(_Worker(pid, w, r))
        except BaseException:
            self._kill_workers()
            raise
        self._thread = threading.Thread(target=self._manage, daemon=True,
                                        name="PoolManager")
        self._thread.start()
        _pools.append(self)

    def _wake(self):
        try:
            os.write(self._wake_w, b"x")
        except OSError:
            pass

    def submit(self, job, tasks):
        """Queue `tasks` (each (idx, func, chunk, mode)) for `job`."""
        with self._lock:
            if self._broken is not None:
                raise BrokenProcessPool(self._broken)
            if self._state != RUN:
                raise ValueError("Pool not running")
            self._next_job += 1
            jid = self._next_job
            self._jobs[jid] = job
            for t in tasks:
                self._tasks.append((jid,) + t)
        self._wake()
        return jid

    def _pending(self):
        return len(self._tasks) - self._task_head

    def _manage(self):
        while True:
            failed = []
            with self._lock:
                if self._state == TERMINATE or self._broken is not None:
                    break
                for wk in self._workers:
                    while wk.task is None and self._pending():
                        t = self._tasks[self._task_head]
                        self._tasks[self._task_head] = None
                        self._task_head += 1
                        job = self._jobs.get(t[0])
                        if job is None:
                            continue
                        if not job._start():
                            self._jobs.pop(t[0], None)
                            continue
                        wk.task = t
                        try:
                            _mp.send_bytes(wk.w, _dumps((t[0], t[1], t[2], t[3], t[4])))
                        except BaseException as e:
                            wk.task = None
                            failed.append((t[0], t[1], e))
                if self._task_head > 1000 and self._task_head * 2 > len(self._tasks):
                    del self._tasks[:self._task_head]
                    self._task_head = 0
                busy = any(wk.task is not None for wk in self._workers)
                if self._state == CLOSE and not busy and not self._pending() and not failed:
                    break
                fds = [wk.r for wk in self._workers] + [self._wake_r]
            if failed:
                for jid, idx, e in failed:
                    self._deliver(jid, idx, False, (e, ""))
                continue
            ready = _mp.wait(fds)
            for fd in ready:
                if fd == self._wake_r:
                    try:
                        os.read(self._wake_r, 4096)
                    except OSError:
                        pass
                    continue
                wk = None
                for x in self._workers:
                    if x.r == fd:
                        wk = x
                if wk is None:
                    continue
                try:
                    data = _mp.recv_bytes(fd)
                except (EOFError, OSError):
                    self._worker_died(wk)
                    break
                try:
                    msg = _loads(data)
                except BaseException as e:
                    with self._lock:
                        t = wk.task
                        wk.task = None
                    if t is not None:
                        self._deliver(t[0], t[1], False, (e, ""))
                    continue
                with self._lock:
                    wk.task = None
                jid, idx, ok, val = msg
                self._deliver(jid, idx, ok, val)
        self._finish()

    def _deliver(self, jid, idx, ok, val):
        job = self._jobs.get(jid)
        if job is None:
            return
        if not ok:
            exc, tb = val
            if tb:
                val = _remote_error(exc, tb, self._tb_class)
            else:
                val = exc
        if job._set(idx, ok, val):
            with self._lock:
                self._jobs.pop(jid, None)

    def _worker_died(self, wk):
        code = _mp.waitpid(wk.pid, 1.0)
        wk.exitcode = code
        with self._lock:
            if self._state == TERMINATE:
                return
            self._broken = self._broken_message
        self._kill_workers()

    def _fail_all(self, message):
        with self._lock:
            jobs = list(self._jobs.items())
            self._jobs.clear()
            self._tasks = []
            self._task_head = 0
        for jid, job in jobs:
            job._fail(BrokenProcessPool(message))

    def _finish(self):
        if self._broken is not None:
            self._fail_all(self._broken)
        elif self._state == TERMINATE:
            self._fail_all("the pool was terminated")
        else:
            for wk in self._workers:
                try:
                    _mp.send_bytes(wk.w, _dumps(None))
                except OSError:
                    pass

    def close(self):
        with self._lock:
            if self._state == RUN:
                self._state = CLOSE
        self._wake()

    def terminate(self):
        with self._lock:
            self._state = TERMINATE
        self._wake()
        self._kill_workers()
        self.join()

    def _kill_workers(self):
        for wk in self._workers:
            if wk.exitcode is None:
                try:
                    os.kill(wk.pid, 9)
                except OSError:
                    pass

    def join(self):
        if self._thread is not None and threading.current_thread() is not self._thread:
            self._thread.join()
        for wk in self._workers:
            if wk.exitcode is None:
                wk.exitcode = _mp.waitpid(wk.pid)
            for fd in (wk.w, wk.r):
                try:
                    os.close(fd)
                except OSError:
                    pass
            wk.w = wk.r = -1
        self._workers = [wk for wk in self._workers if wk.exitcode is None]
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._wake_r = self._wake_w = -1
        if self in _pools:
            _pools.remove(self)


class AsyncResult:
    """The result of apply_async/map_async (also each Pool call)."""

    def __init__(self, nchunks, single, callback=None, error_callback=None):
        self._event = threading.Event()
        self._chunks = [None] * nchunks
        self._left = nchunks
        self._single = single
        self._success = None
        self._value = None
        self._callback = callback
        self._error_callback = error_callback
        if nchunks == 0:
            self._success = True
            self._value = []
            self._event.set()
            if callback is not None:
                callback(self._value)

    def _start(self):
        return True

    def _set(self, idx, ok, val):
        if self._event.is_set():
            return True
        if not ok:
            self._success = False
            self._value = val
            if self._error_callback is not None:
                self._error_callback(val)
            self._event.set()
            return True
        self._chunks[idx] = val
        self._left -= 1
        if self._left:
            return False
        if self._single:
            self._value = self._chunks[0][0]
        else:
            out = []
            for c in self._chunks:
                out.extend(c)
            self._value = out
        self._success = True
        if self._callback is not None:
            self._callback(self._value)
        self._event.set()
        return True

    def _fail(self, exc):
        self._set(0, False, exc)

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % (self,))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value


ApplyResult = AsyncResult
MapResult = AsyncResult


class IMapIterator:
    def __init__(self, nchunks, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._items = []
        self._pos = 0
        self._chunks = {}
        self._next_chunk = 0
        self._left = nchunks
        self._error = None

    def _start(self):
        return True

    def _set(self, idx, ok, val):
        with self._cond:
            if not ok:
                self._error = val
                self._left = 0
            else:
                self._left -= 1
                if self._ordered:
                    self._chunks[idx] = val
                    while self._next_chunk in self._chunks:
                        self._items.extend(self._chunks.pop(self._next_chunk))
                        self._next_chunk += 1
                else:
                    self._items.extend(val)
            self._cond.notify_all()
            return self._left <= 0

    def _fail(self, exc):
        self._set(0, False, exc)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while self._pos >= len(self._items):
                if self._left <= 0 and self._error is None:
                    raise StopIteration
                if self._error is not None:
                    raise self._error
                if not self._cond.wait(timeout) and timeout is not None:
                    if self._pos >= len(self._items):
                        raise TimeoutError
            v = self._items[self._pos]
            self._pos += 1
            return v

    __next__ = next


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Pool:
    """A pool of worker processes."""

    __module__ = "multiprocessing.pool"

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._core = _PoolCore(
            processes, initializer, initargs,
            "A worker process of the pool died unexpectedly; "
            "the pool is not usable anymore")
        self._state = RUN

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _map_async(self, func, iterable, mode, chunksize, callback, error_callback):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        chunks = _chunks(items, chunksize)
        res = AsyncResult(len(chunks), False, callback, error_callback)
        if chunks:
            self._core.submit(res, [(i, func, c, mode) for i, c in enumerate(chunks)])
        return res

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        res = AsyncResult(1, True, callback, error_callback)
        self._core.submit(res, [(0, func, (tuple(args), dict(kwds)), 2)])
        return res

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, 0, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, 1, chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 0, chunksize, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 1, chunksize, None, None).get()

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        chunks = _chunks(list(iterable), chunksize)
        it = IMapIterator(len(chunks), ordered)
        if chunks:
            self._core.submit(it, [(i, func, c, 0) for i, c in enumerate(chunks)])
        return it

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._core.close()

    def terminate(self):
        self._state = TERMINATE
        self._core.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._core.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = ("RUN", "CLOSE", "TERMINATE")[self._state]
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (
            state, self._processes)


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
