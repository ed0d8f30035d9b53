"""What the GIL means for Python threads, measured.

Run it:   garter examples/gil_demo.py      (or python3 examples/gil_demo.py to compare)

1. CPU-bound work does not get faster with threads: the GIL lets only one thread run
   Python bytecode at a time, so 4 threads take about as long as doing the work in turn.
2. I/O-bound work does: a thread blocked in time.sleep() or in os.read() on a pipe has
   released the GIL, so 20 waiting threads wait at the same time (about 20x faster).
3. Threads share memory, and the GIL does not make a read-modify-write atomic: a thread
   can be switched out between reading a shared counter and writing it back, and updates
   are lost. A threading.Lock around the update fixes it.

Only threading, time, os and sys are used; the whole demo takes about 6-7 seconds.
"""

import os
import sys
import threading
import time

THREADS = 4
COUNTDOWN = 3_000_000  # per piece of CPU-bound work
IO_TASKS = 20
IO_DELAY = 0.1  # seconds each I/O-bound task waits


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run_threads(target, args_list):
    threads = [threading.Thread(target=target, args=args) for args in args_list]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# --- 1. CPU-bound: a countdown loop ------------------------------------------------------

def countdown(n):
    while n > 0:
        n -= 1


def cpu_sequential():
    for _ in range(THREADS):
        countdown(COUNTDOWN)


def cpu_threaded():
    run_threads(countdown, [(COUNTDOWN,)] * THREADS)


# --- 2a. I/O-bound: sleeping ---------------------------------------------------------------

def nap():
    time.sleep(IO_DELAY)


def sleep_sequential():
    for _ in range(IO_TASKS):
        nap()


def sleep_threaded():
    run_threads(nap, [()] * IO_TASKS)


# --- 2b. I/O-bound: blocking reads from pipes fed by another thread -------------------------

def feeder(write_fds):
    """Another thread: after IO_DELAY, writes one message into each pipe."""
    time.sleep(IO_DELAY)
    for fd in write_fds:
        os.write(fd, b"data\n")


def read_pipe(read_fd, results):
    data = os.read(read_fd, 64)  # blocks until the feeder writes
    results.append(data)


def make_pipes(n):
    pipes = [os.pipe() for _ in range(n)]
    return [r for r, _ in pipes], [w for _, w in pipes]


def close_all(*fd_lists):
    for fds in fd_lists:
        for fd in fds:
            os.close(fd)


def pipes_sequential():
    reads, writes = make_pipes(IO_TASKS)
    results = []
    for r, w in zip(reads, writes):
        f = threading.Thread(target=feeder, args=([w],))
        f.start()
        read_pipe(r, results)  # one blocking read at a time
        f.join()
    close_all(reads, writes)
    assert results == [b"data\n"] * IO_TASKS


def pipes_threaded():
    reads, writes = make_pipes(IO_TASKS)
    results = []
    readers = [threading.Thread(target=read_pipe, args=(r, results)) for r in reads]
    for t in readers:
        t.start()
    f = threading.Thread(target=feeder, args=(writes,))
    f.start()
    for t in readers:
        t.join()
    f.join()
    close_all(reads, writes)
    assert results == [b"data\n"] * IO_TASKS


# --- 3. A race on shared memory ----------------------------------------------------------------

RACE_THREADS = 4
RACE_ITERATIONS = 20_000
counter = 0
counter_lock = threading.Lock()


def step():
    """Some work between reading and writing the counter: a switch point."""
    s = 0
    for i in range(20):
        s += i
    return s


def add_unlocked(n):
    global counter
    for _ in range(n):
        v = counter
        step()
        counter = v + 1


def add_locked(n):
    global counter
    for _ in range(n):
        with counter_lock:
            v = counter
            step()
            counter = v + 1


def race(target):
    global counter
    counter = 0
    run_threads(target, [(RACE_ITERATIONS,)] * RACE_THREADS)
    return counter


# --- the report ------------------------------------------------------------------------------

def row(label, seq, thr, note):
    print(f"  {label:<40} {seq:8.2f} s {thr:8.2f} s {seq / thr:7.1f}x   {note}")


def main():
    print("GIL demo on", sys.version.splitlines()[0])
    print(f"switch interval {sys.getswitchinterval() * 1000:g} ms")
    print()
    print(f"  {'workload':<40} {'in turn':>10} {'threads':>10} {'speed-up':>8}")
    # best of two alternating runs each, so warm-up effects do not favour either side
    seq, thr = timed(cpu_sequential), timed(cpu_threaded)
    seq, thr = min(seq, timed(cpu_sequential)), min(thr, timed(cpu_threaded))
    row(f"CPU: {THREADS} countdowns of {COUNTDOWN:,}", seq, thr,
        "~1x: the GIL runs one thread's bytecode at a time")
    seq = timed(sleep_sequential)
    thr = timed(sleep_threaded)
    row(f"I/O: {IO_TASKS} x time.sleep({IO_DELAY})", seq, thr,
        f"~{IO_TASKS}x: sleeping releases the GIL")
    seq = timed(pipes_sequential)
    thr = timed(pipes_threaded)
    row(f"I/O: {IO_TASKS} x blocking os.read on a pipe", seq, thr,
        f"~{IO_TASKS}x: blocking reads release the GIL")
    print()
    expected = RACE_THREADS * RACE_ITERATIONS
    print(f"  shared counter, {RACE_THREADS} threads x {RACE_ITERATIONS:,} of "
          f"`v = counter; step(); counter = v + 1`")
    got = race(add_unlocked)
    print(f"    without a lock: {got:>7,}  (expected {expected:,}: {expected - got:,} updates lost)")
    got = race(add_locked)
    print(f"    with a Lock:    {got:>7,}  (expected {expected:,}: "
          f"{'exact' if got == expected else 'WRONG'})")


if __name__ == "__main__":
    main()
