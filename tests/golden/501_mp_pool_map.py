# multiprocessing.Pool: map, starmap, imap, imap_unordered, apply, apply_async,
# map_async (callbacks, ready/successful/wait/get), chunksize, close/join, with-block.
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


def power(base, exp=2):
    return base ** exp


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(25), chunksize=4))
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), (3, 4), ("a", "b")]))
        print(list(pool.imap(square, range(8))))
        print(list(pool.imap(square, range(8), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(8))))
        print(pool.apply(power, (3,), {"exp": 4}))
        print(pool.apply(add, (10, 20)))
        r = pool.apply_async(square, (12,))
        print(r.get(timeout=10), r.ready(), r.successful())
        got = []
        m = pool.map_async(square, [1, 2, 3], callback=got.append)
        m.wait()
        print(m.get(), m.ready(), m.successful())
        print(got)
        s = pool.starmap_async(power, [(2, 10), (10, 3)])
        print(s.get())
        print(pool.map(len, ["a", "bb", "ccc"]))
    pool = mp.Pool(processes=3)
    results = [pool.apply_async(add, (i, i)) for i in range(6)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
