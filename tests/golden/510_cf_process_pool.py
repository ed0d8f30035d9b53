# concurrent.futures.ProcessPoolExecutor: the same API as the thread pool, with the work
# done in child processes (spawn); errors carry the remote traceback.
import concurrent.futures as cf
import multiprocessing as mp
import time


def square(x):
    return x * x


def slow(t, v):
    time.sleep(t)
    return v


def fail(x):
    raise KeyError(x)


def add(a, b=0):
    return a + b


state = {"tag": None}


def init(tag):
    state["tag"] = tag


def tagged(x):
    return (state["tag"], x)


if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(square, range(10), chunksize=4)))
        print(list(ex.map(add, [1, 2], [10, 20])))
        print(ex.submit(add, 1, b=5).result())
        fs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(fs)))
        f = ex.submit(fail, "k")
        print(type(f.exception()).__name__, f.done(), f.cancelled())
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e, type(e.__cause__).__name__)
        f = ex.submit(slow, 0.3, "late")
        try:
            f.result(timeout=0.01)
        except cf.TimeoutError:
            print("TimeoutError")
        print(f.result())
        a = ex.submit(slow, 0.01, "fast")
        b = ex.submit(slow, 0.6, "slow")
        done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED)
        print([x.result() for x in done], len(not_done))
        done, not_done = cf.wait([a, b])
        print(len(done), len(not_done))
        try:
            for v in ex.map(slow, [0.01, 2.0], ["a", "b"], timeout=1.0):
                print("map got", v)
        except cf.TimeoutError:
            print("map timed out")
    ex = cf.ProcessPoolExecutor(1)
    first = ex.submit(slow, 0.3, 1)
    while not first.running():
        time.sleep(0.001)
    rest = [ex.submit(square, i) for i in range(4)]
    ex.shutdown(wait=True, cancel_futures=True)
    # (CPython may already have queued rest[0] for the worker; the others are cancelled)
    print(first.result(), rest[0].done(), [f.cancelled() for f in rest[1:]])
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with cf.ProcessPoolExecutor(2, initializer=init, initargs=("P",)) as ex:
        print(list(ex.map(tagged, [1, 2, 3])))
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(1, mp_context=ctx) as ex:
        print(ex.submit(square, 9).result())
    try:
        cf.ProcessPoolExecutor(0)
    except ValueError as e:
        print("ValueError:", e)
