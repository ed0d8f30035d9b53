"""Synchronised queues for threads, Garter's frozen `queue`.

This module owns `Queue` (FIFO), `LifoQueue`, `PriorityQueue` (on heapq),
`SimpleQueue` and the `Empty`/`Full` exceptions.  Like CPython's, the
queues are built on one `threading.Lock` shared by three
`threading.Condition`s (not_empty, not_full, all_tasks_done); subclasses
customise storage through the `_init`, `_qsize`, `_put` and `_get` hooks.
To keep the uncontended path short, put/get take the mutex directly and
notify a condition only when its `_waiters` list (an internal of Garter's
threading.Condition) is not empty; both are read with the mutex held.

Garter has no `collections.deque`, so FIFO storage is `_Fifo`, a pair of
lists on which append and popleft are both amortised O(1).
"""

import threading
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Fifo:
    """A minimal first-in first-out container: the part of deque queues use.

    Two lists: new items are appended to `_back`; `_front` holds older items
    in reverse order, so popleft is a list pop from its end.  When `_front`
    runs dry, `_back` is reversed into its place (each item is moved once,
    so append and popleft are amortised O(1)).
    """

    __slots__ = ('_front', '_back')

    def __init__(self, iterable=()):
        self._front = []
        self._back = list(iterable)

    def append(self, item):
        self._back.append(item)

    def popleft(self):
        front = self._front
        if not front:
            front = self._back
            if not front:
                raise IndexError("pop from an empty deque")
            front.reverse()
            self._back = []
            self._front = front
        return front.pop()

    def pop(self):
        if self._back:
            return self._back.pop()
        if self._front:
            return self._front.pop(0)
        raise IndexError("pop from an empty deque")

    def clear(self):
        self._front = []
        self._back = []

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front or self._back)

    def __iter__(self):
        front = self._front
        for i in range(len(front) - 1, -1, -1):
            yield front[i]
        for item in self._back:
            yield item

    def __getitem__(self, index):
        nfront = len(self._front)
        n = nfront + len(self._back)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("deque index out of range")
        if index < nfront:
            return self._front[nfront - 1 - index]
        return self._back[index - nfront]

    def __contains__(self, item):
        for x in self:
            if x is item or x == item:
                return True
        return False

    def __repr__(self):
        return 'deque(%r)' % (list(self),)


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the storage; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one previously fetched item as processed (for join())."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put in the queue has been task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty (at this instant)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full (at this instant)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        If the queue is full: with block false raise Full at once; with a
        timeout wait at most that long, then raise Full; otherwise wait
        until a slot is free.
        """
        with self.mutex:        # the lock of not_full
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If the queue is empty: with block false raise Empty at once; with a
        timeout wait at most that long, then raise Empty; otherwise wait
        until an item arrives.
        """
        with self.mutex:        # the lock of not_empty
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item without blocking; raise Full if there is no room."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Get an item without blocking; raise Empty if there is none."""
        return self.get(block=False)

    # Storage hooks, called with the mutex held; subclasses override them.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns its smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns its most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking (no task_done/join)."""

    __module__ = '_queue'

    def __init__(self):
        self._queue = _Fifo()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue; never blocks (block and timeout
        exist for compatibility with Queue.put)."""
        with self._mutex:
            self._queue.append(item)
            if self._not_empty._waiters:
                self._not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting as Queue.get does."""
        if block and timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._mutex:
            if not block:
                if not self._queue:
                    raise Empty
            elif timeout is None:
                while not self._queue:
                    self._not_empty.wait()
            else:
                deadline = _time() + timeout
                while not self._queue:
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Get an item without blocking; raise Empty if there is none."""
        return self.get(block=False)

    def empty(self):
        """Return True if the queue is empty (at this instant)."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue."""
        return len(self._queue)
