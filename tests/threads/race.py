# Shared memory is real and so are races. Each thread does a read-modify-write of a
# global that spans a switch point (time.sleep(0) releases the GIL):
#     v = counter; time.sleep(0); counter = v + 1
# Unlocked, updates are lost; under a Lock the count is exact.
import threading
import time

THREADS = 4
N = 1000
counter = 0
lock = threading.Lock()


def unlocked(start):
    global counter
    start.wait()
    for _ in range(N):
        v = counter
        time.sleep(0)
        counter = v + 1


def locked(start):
    global counter
    start.wait()
    for _ in range(N):
        with lock:
            v = counter
            time.sleep(0)
            counter = v + 1


def run(fn):
    global counter
    counter = 0
    start = threading.Barrier(THREADS)
    threads = [threading.Thread(target=fn, args=(start,)) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


expected = THREADS * N
got = run(unlocked)
print(f"unlocked: lost updates: {got < expected} (counter is at most expected: {got <= expected})")
if not got < expected:
    print("unlocked counter", got)
got = run(locked)
print(f"locked: counter={got} expected={expected}")
