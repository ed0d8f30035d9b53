# multiprocessing.pool.ThreadPool: the Pool API with worker threads (lambdas and
# closures are fine here: nothing crosses a process boundary).
import threading
from multiprocessing.pool import ThreadPool

seen = set()
lock = threading.Lock()


def note(x):
    with lock:
        seen.add(threading.current_thread().name.startswith("Thread"))
    return x * 3


if __name__ == "__main__":
    with ThreadPool(3) as pool:
        print(pool.map(note, range(8)))
        print(pool.map(lambda x: -x, [1, 2, 3]))
        print(pool.starmap(lambda a, b: a * b, [(2, 3), (4, 5)]))
        print(list(pool.imap(str, [1, 2])), sorted(pool.imap_unordered(abs, [-1, -2])))
        print(pool.apply(max, (3, 9)), pool.apply_async(min, (3, 9)).get(timeout=5))
        try:
            pool.map(int, ["1", "x"])
        except ValueError as e:
            print("ValueError:", e)
    print(seen)
    pool = ThreadPool(2, initializer=seen.add, initargs=("init",))
    print(pool.map(len, ["a", "bb"]))
    pool.close()
    pool.join()
    print(sorted(map(str, seen)))
