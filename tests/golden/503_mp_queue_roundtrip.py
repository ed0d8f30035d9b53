# multiprocessing.Queue round-trips every serializable type (big ints, floats, nested
# containers, sets, instances of module-level classes, functions and classes by
# reference, exceptions) through a child process and back; Empty/Full/timeouts.
import multiprocessing as mp
import queue


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class AppError(Exception):
    pass


def helper(x):
    return x + 1


VALUES = [
    None, True, False, 0, -1, 7, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**200, -(3**150),
    0.0, -0.0, 1.5, 1e300, float("inf"), -float("inf"),
    "", "text", "uni\u00e9\u4e2d\U0001f600", b"", b"\x00\xffbytes",
    [], [1, [2, [3, [4]]]], (), (1,), (1, "a", (2.5, None)),
    {}, {"a": 1, 2: [3], (4, 5): {"n": None}}, set(), {1, 2, 3}, frozenset({"x"}),
    Point(1, [2, 3]), [Point(0, 0), {"p": Point(5, 6)}],
    helper, Point, len, ValueError,
]


def echo(qin, qout):
    while True:
        item = qin.get()
        if item == "STOP":
            break
        qout.put(item)
    qout.put(AppError("from child", 42))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    qin, qout = mp.Queue(), mp.Queue()
    p = mp.Process(target=echo, args=(qin, qout))
    p.start()
    for v in VALUES:
        qin.put(v)
        back = qout.get(timeout=20)
        same = back is v if v is helper or v is Point or v is len or v is ValueError else back == v
        print(type(back).__name__, repr(back) if not callable(back) or isinstance(back, Point) else back.__name__, same)
    nan = float("nan")
    qin.put(nan)
    print("nan", qout.get() != nan)
    qin.put("STOP")
    err = qout.get()
    print(type(err).__name__, err.args, isinstance(err, AppError))
    p.join()
    print("child exit", p.exitcode)
    q = mp.Queue()
    print(q.empty())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty on get_nowait")
    small = mp.Queue(maxsize=2)
    small.put(1)
    small.put(2)
    print(small.full())
    try:
        small.put(3, timeout=0.05)
    except queue.Full:
        print("Full after timeout")
    try:
        small.put_nowait(3)
    except queue.Full:
        print("Full on put_nowait")
    print(small.get(), small.get(), small.empty())
