# concurrent.futures.ThreadPoolExecutor: submit, map (with timeout), as_completed,
# wait, exceptions, callbacks, shutdown(cancel_futures), initializer, context manager.
import concurrent.futures as cf
import threading
import time

local = threading.local()


def square(x):
    return x * x


def slow(t, v):
    time.sleep(t)
    return v


def fail(x):
    raise KeyError(x)


def init(tag):
    local.tag = tag


def tagged(x):
    return (local.tag, x)


if __name__ == "__main__":
    print(cf.TimeoutError is TimeoutError, issubclass(cf.CancelledError, Exception))
    with cf.ThreadPoolExecutor(max_workers=4) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(pow, [2, 3], [5, 2])))
        fs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        f = ex.submit(fail, "k")
        print(type(f.exception()).__name__, f.done(), f.cancelled())
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e)
        f = ex.submit(slow, 0.2, "late")
        try:
            f.result(timeout=0.01)
        except cf.TimeoutError:
            print("TimeoutError")
        print(f.result())
        seen = []
        f.add_done_callback(lambda fut: seen.append(fut.result()))
        print(seen)
        a = ex.submit(slow, 0.01, "fast")
        b = ex.submit(slow, 0.5, "slow")
        done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
        print([x.result() for x in done], len(not_done))
        done, not_done = cf.wait([a, b], return_when=cf.ALL_COMPLETED)
        print(len(done), len(not_done))
        e1 = ex.submit(fail, 1)
        e2 = ex.submit(slow, 0.5, "x")
        done, not_done = cf.wait([e1, e2], return_when=cf.FIRST_EXCEPTION)
        print(e1 in done, len(not_done) <= 1)
        try:
            for v in ex.map(slow, [0.01, 1.5], ["a", "b"], timeout=0.6):
                print("map got", v)
        except cf.TimeoutError:
            print("map timed out")
    ex = cf.ThreadPoolExecutor(1)
    first = ex.submit(slow, 0.1, 1)
    while not first.running():
        time.sleep(0.001)
    rest = [ex.submit(square, i) for i in range(5)]
    ex.shutdown(wait=True, cancel_futures=True)
    print(first.result(), [f.cancelled() for f in rest])
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cf.ThreadPoolExecutor(2, initializer=init, initargs=("T",)) as ex:
        print(list(ex.map(tagged, [1, 2, 3])))
    try:
        cf.ThreadPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)
