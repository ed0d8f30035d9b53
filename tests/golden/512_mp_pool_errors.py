# Pool misuse and timeouts: AsyncResult.get(timeout) raises multiprocessing.TimeoutError,
# successful() before ready, join() on a running pool, use after close/terminate,
# imap timeouts; results stay correct afterwards.
import multiprocessing as mp
import time


def slow(t):
    time.sleep(t)
    return t


def square(x):
    return x * x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    pool = mp.Pool(2)
    r = pool.apply_async(slow, (0.5,))
    try:
        r.get(timeout=0.01)
    except mp.TimeoutError as e:
        print("TimeoutError", type(e).__mro__[1].__name__, r.ready())
    try:
        r.successful()
    except ValueError:
        print("ValueError: not ready")
    print(r.get())
    it = pool.imap(slow, [0.5])
    try:
        it.next(timeout=0.01)
    except mp.TimeoutError:
        print("imap TimeoutError")
    print(it.next(timeout=20))
    try:
        pool.join()
    except ValueError as e:
        print("ValueError:", e)
    try:
        list(pool.imap(square, [1], chunksize=0))
    except ValueError as e:
        print("ValueError:", e)
    pool.close()
    for call in (lambda: pool.map(square, [1]), lambda: pool.apply_async(square, (1,))):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    pool.join()
    pool2 = mp.Pool(1)
    print(pool2.map(square, [4, 5]))
    pool2.terminate()
    pool2.join()
    try:
        pool2.apply(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
