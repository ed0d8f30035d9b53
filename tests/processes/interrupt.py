"""Ctrl+C while the main thread waits on child processes: Pool.map, Process.join,
Queue.get or Future.result (argv[1]). Prints the worker pids, then "ready"."""
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def spin(n):
    while True:
        n += 1


def nap(t):
    time.sleep(t)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "pool_map":
        pool = mp.Pool(2)
        print("pids", *[w.pid for w in pool._core._workers], flush=True)
        print("ready", flush=True)
        pool.map(spin, range(4))
    elif mode == "join":
        p = mp.Process(target=nap, args=(60,))
        p.start()
        print("pids", p.pid, flush=True)
        print("ready", flush=True)
        p.join()
    elif mode == "queue_get":
        q = mp.Queue()
        p = mp.Process(target=nap, args=(60,), daemon=True)
        p.start()
        print("pids", p.pid, flush=True)
        print("ready", flush=True)
        q.get()
    elif mode == "future_result":
        with cf.ProcessPoolExecutor(2) as ex:
            f = ex.submit(spin, 0)
            ex.submit(spin, 0)
            print("pids", *[w.pid for w in ex._core._workers], flush=True)
            print("ready", flush=True)
            f.result()
