"""Threads versus processes on CPU-bound work, measured.

Run it:   garter examples/processes_demo.py      (or python3 examples/processes_demo.py)

The same CPU-bound jobs run three ways:

1. one after the other;
2. in a ThreadPoolExecutor: the GIL lets one thread run Python code at a time, so
   threads do not make CPU-bound work faster;
3. in a ProcessPoolExecutor: each worker is a separate process with its own
   interpreter and its own GIL, so on a machine with N free cores the work runs up to
   N times faster.

Moving from threads to processes is a one-word change (ThreadPoolExecutor becomes
ProcessPoolExecutor). What changes with it: the function and its arguments must be
importable by the child (defined at module level, not a lambda), and the work is
started under `if __name__ == "__main__":`, because each child re-runs this file as the
module `__mp_main__` to find the function (the "spawn" start method).
"""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import cpu_count


def collatz_steps(limit):
    """CPU-bound: the longest Collatz chain for starting values below `limit`."""
    best, best_n = 0, 1
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def timed(label, run):
    t0 = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - t0
    print(f"  {label:26s} {elapsed:6.2f}s")
    return results, elapsed


if __name__ == "__main__":
    jobs = [40000] * 4
    workers = min(4, cpu_count())
    print(f"{len(jobs)} CPU-bound jobs, {workers} workers, {cpu_count()} CPUs")
    seq, t_seq = timed("sequential", lambda: [collatz_steps(n) for n in jobs])
    with ThreadPoolExecutor(workers) as ex:
        thr, t_thr = timed("ThreadPoolExecutor", lambda: list(ex.map(collatz_steps, jobs)))
    with ProcessPoolExecutor(workers) as ex:
        # The first map also starts the worker processes: included in the time.
        prc, t_prc = timed("ProcessPoolExecutor", lambda: list(ex.map(collatz_steps, jobs)))
    assert seq == thr == prc
    print(f"result {seq[0]}")
    print(f"threads:   {t_seq / t_thr:4.2f}x the sequential speed")
    print(f"processes: {t_seq / t_prc:4.2f}x the sequential speed")
