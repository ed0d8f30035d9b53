"""Heap queue algorithm (a.k.a. priority queue), Garter's frozen `heapq`.

This module owns the binary min-heap helpers that operate on plain lists:
heappush, heappop, heapify, heapreplace, heappushpop, plus nsmallest,
nlargest and merge.  A heap is a list where heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2] for every k; heap[0] is therefore the smallest item.

Only the `<` operator is used to compare items, and the sifting strategy is
the same as CPython's (sift a hole down to a leaf, then bubble the item
back up), so the resulting list layouts are identical to CPython's.
The private max-heap helpers (_heapify_max, _heappop_max,
_heapreplace_max) are provided as well, as CPython's module has them.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _not_a_list(heap, func, argpos):
    # Same wording as CPython's argument-clinic checks in _heapq.
    got = 'None' if heap is None else type(heap).__name__
    return TypeError(f"{func}() argument{argpos} must be list, not {got}")


# --- min-heap sifting -------------------------------------------------------

def _siftdown(heap, startpos, pos):
    # Move heap[pos] towards the root (never above startpos) until its
    # parent is not greater than it.
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    # Push the hole at pos down to a leaf, always following the smaller
    # child, then put the displaced item there and let it rise again.
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise _not_a_list(heap, 'heappush', ' 1')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not isinstance(heap, list):
        raise _not_a_list(heap, 'heappop', '')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item.

    The returned value may be larger than item.
    """
    if not isinstance(heap, list):
        raise _not_a_list(heap, 'heapreplace', ' 1')
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if not isinstance(heap, list):
        raise _not_a_list(heap, 'heappushpop', ' 1')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if not isinstance(x, list):
        raise _not_a_list(x, 'heapify', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, i)


# The native versions of the functions above (CPython's `_heapq`), when importable (an
# embedding host may allow `heapq` without it).
try:
    from _heapq import heappush, heappop, heapreplace, heappushpop, heapify
except ImportError:
    pass


# --- max-heap variants (private, used by merge and nsmallest) -------------

def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < endpos:
        right = child + 1
        if right < endpos and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    """Transform list into a max-heap, in-place."""
    if not isinstance(x, list):
        raise _not_a_list(x, '_heapify_max', '')
    for i in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, i)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    if not isinstance(heap, list):
        raise _not_a_list(heap, '_heappop_max', '')
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap and push item."""
    if not isinstance(heap, list):
        raise _not_a_list(heap, '_heapreplace_max', ' 1')
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


# --- higher-level helpers ---------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator).

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse) but
    lazy; each input must already be sorted.  Equal items come out in the
    order of the inputs they were taken from.
    """
    if reverse:
        fix_top, drop_top, build = _heapreplace_max, _heappop_max, _heapify_max
        direction = -1
    else:
        fix_top, drop_top, build = heapreplace, heappop, heapify
        direction = 1

    # Entries are [sort key, tie breaker, value, iterator]; the tie breaker
    # is unique, so values and iterators themselves are never compared.
    heap = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            k = value if key is None else key(value)
            heap.append([k, order * direction, value, it])
            break
        order += 1
    build(heap)

    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        exhausted = True
        for value in it:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            exhausted = False
            break
        if exhausted:
            drop_top(heap)
        else:
            fix_top(heap, entry)

    if heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n == 1:
        missing = object()
        found = min(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # Keep the n best candidates in a max-heap of (key, index, value): the
    # root is the worst candidate so far.  The increasing index makes the
    # result stable and keeps values from ever being compared directly.
    it = iter(iterable)
    heap = []
    index = 0
    if n > 0:
        for value in it:
            k = value if key is None else key(value)
            heap.append((k, index, value))
            index += 1
            if index >= n:
                break
    if not heap:
        return []
    _heapify_max(heap)
    worst = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if k < worst:
            _heapreplace_max(heap, (k, index, value))
            worst = heap[0][0]
        index += 1
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        missing = object()
        found = max(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # Min-heap of (key, -index, value): the root is the worst candidate.
    # The index is negated so that, among equal keys, earlier items rank
    # higher, as a stable reverse sort would have them.
    it = iter(iterable)
    heap = []
    index = 0
    if n > 0:
        for value in it:
            k = value if key is None else key(value)
            heap.append((k, -index, value))
            index += 1
            if index >= n:
                break
    if not heap:
        return []
    heapify(heap)
    worst = heap[0][0]
    for value in it:
        k = value if key is None else key(value)
        if worst < k:
            heapreplace(heap, (k, -index, value))
            worst = heap[0][0]
        index += 1
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]
