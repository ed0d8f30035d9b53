"""multiprocessing.pool: Pool, its results, and the pool core shared with
concurrent.futures.ProcessPoolExecutor (Garter's built-in version; docs/processes.md).

Workers are spawned children running _worker_loop; a daemon manager thread in the
parent hands tasks to idle workers and collects their results.
"""

import _mp
import os
import sys
import threading
import multiprocessing as _m
from multiprocessing import (
    BrokenProcessPool, TimeoutError, cpu_count, _counter, _dumps, _loads, _spawn,
)

__all__ = ["Pool", "ThreadPool"]


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


def _remote_error(exc, tb, cls=RemoteTraceback):
    exc.__cause__ = cls('\n"""\n%s"""' % tb)
    return exc


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
        try:
            _mp.send_bytes(w, data)
        except OSError:
            break  # the parent is gone: nothing more to do
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
        _m._pools.append(self)

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
        if self in _m._pools:
            _m._pools.remove(self)


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


class _Failed:
    """In an IMapIterator's items: the error of one chunk, raised at its position."""

    def __init__(self, exc):
        self.exc = exc


class IMapIterator:
    __module__ = "multiprocessing.pool"

    def __init__(self, nchunks, ordered):
        self._cond = threading.Condition(threading.Lock())
        self._ordered = ordered
        self._items = []
        self._pos = 0
        self._chunks = {}
        self._next_chunk = 0
        self._left = nchunks

    def _start(self):
        return True

    def _set(self, idx, ok, val):
        with self._cond:
            chunk = val if ok else [_Failed(val)]
            self._left -= 1
            if self._ordered:
                self._chunks[idx] = chunk
                while self._next_chunk in self._chunks:
                    self._items.extend(self._chunks.pop(self._next_chunk))
                    self._next_chunk += 1
            else:
                self._items.extend(chunk)
            self._cond.notify_all()
            return self._left <= 0

    def _fail(self, exc):
        with self._cond:
            self._items.append(_Failed(exc))
            self._left = 0
            self._chunks.clear()
            self._cond.notify_all()

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while self._pos >= len(self._items):
                if self._left <= 0:
                    raise StopIteration
                if not self._cond.wait(timeout) and timeout is not None:
                    if self._pos >= len(self._items):
                        raise TimeoutError
            v = self._items[self._pos]
            self._pos += 1
        if isinstance(v, _Failed):
            raise v.exc
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
        self._core = self._make_core(processes, initializer, initargs)
        self._state = RUN

    def _make_core(self, processes, initializer, initargs):
        return _PoolCore(
            processes, initializer, initargs,
            "A worker process of the pool died unexpectedly; "
            "the pool is not usable anymore")

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


class _ThreadCore:
    """The pool core of ThreadPool: worker threads in this process (same interface
    as _PoolCore: submit, close, terminate, join)."""

    def __init__(self, processes, initializer, initargs):
        import queue
        self._queue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._jobs = {}
        self._next_job = 0
        self._state = RUN
        self._threads = []
        for i in range(processes):
            t = threading.Thread(target=self._work, args=(initializer, initargs),
                                 daemon=True, name="Thread-%d (worker)" % (i + 1))
            t.start()
            self._threads.append(t)

    def submit(self, job, tasks):
        with self._lock:
            if self._state != RUN:
                raise ValueError("Pool not running")
            self._next_job += 1
            jid = self._next_job
            self._jobs[jid] = job
        for t in tasks:
            self._queue.put((jid,) + t)
        return jid

    def _work(self, initializer, initargs):
        if initializer is not None:
            initializer(*initargs)
        while True:
            t = self._queue.get()
            if t is None:
                self._queue.put(None)
                return
            jid, idx, func, chunk, mode = t
            job = self._jobs.get(jid)
            if job is None or self._state == TERMINATE:
                continue
            if not job._start():
                self._jobs.pop(jid, None)
                continue
            try:
                if mode == 0:
                    res = [func(x) for x in chunk]
                elif mode == 1:
                    res = [func(*x) for x in chunk]
                else:
                    res = [func(*chunk[0], **chunk[1])]
                ok = True
            except BaseException as e:
                res, ok = e, False
            if job._set(idx, ok, res):
                self._jobs.pop(jid, None)

    def close(self):
        self._state = CLOSE
        self._queue.put(None)

    def terminate(self):
        self._state = TERMINATE
        with self._lock:
            jobs = list(self._jobs.values())
            self._jobs.clear()
        for job in jobs:
            job._fail(ValueError("the pool was terminated"))
        self._queue.put(None)

    def join(self):
        if self._state == TERMINATE:
            return
        for t in self._threads:
            if t is not threading.current_thread():
                t.join()


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (so the GIL applies)."""

    __module__ = "multiprocessing.pool"

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _make_core(self, processes, initializer, initargs):
        return _ThreadCore(processes, initializer, initargs)

    def __repr__(self):
        state = ("RUN", "CLOSE", "TERMINATE")[self._state]
        return "<multiprocessing.pool.ThreadPool state=%s pool_size=%d>" % (
            state, self._processes)
