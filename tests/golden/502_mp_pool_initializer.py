# Pool(initializer=..., initargs=...): the initializer runs once in each worker before
# any task; tasks see what it set up. Also the default number of workers.
import multiprocessing as mp
import os

factor = 1


def setup(f, tag):
    global factor
    factor = f
    os.environ["POOL_TAG"] = tag


def scaled(x):
    return (x * factor, os.environ.get("POOL_TAG"))


def get_factor(_):
    return factor


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2, initializer=setup, initargs=(10, "blue")) as pool:
        print(pool.map(scaled, range(5)))
        print(set(pool.map(get_factor, range(4))))
    print("parent factor", factor)
    with mp.Pool() as pool:
        print(pool.map(get_factor, range(3)))
    try:
        mp.Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        mp.Pool(1, initializer=5)
    except TypeError as e:
        print("TypeError:", e)
