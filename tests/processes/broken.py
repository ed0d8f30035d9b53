"""A worker that dies abruptly (killed, or os._exit) breaks the pool with a clear
error instead of hanging (argv[1] selects Pool or ProcessPoolExecutor)."""
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys


def die(x):
    if x == 2:
        os.kill(os.getpid(), 9)
    return x


def leave(x):
    os._exit(3)


if __name__ == "__main__":
    if sys.argv[1] == "pool":
        with mp.Pool(2) as pool:
            try:
                pool.map(die, range(4))
            except Exception as e:
                print(type(e).__name__, e, flush=True)
            try:
                pool.map(die, range(4))
            except Exception as e:
                print(type(e).__name__, e, flush=True)
    else:
        with cf.ProcessPoolExecutor(2) as ex:
            f = ex.submit(leave, 1)
            try:
                f.result()
            except Exception as e:
                print(type(e).__module__ + "." + type(e).__name__ + ":", e, flush=True)
            try:
                ex.submit(leave, 1)
            except Exception as e:
                print(type(e).__name__ + ":", e, flush=True)
    print("done", flush=True)
