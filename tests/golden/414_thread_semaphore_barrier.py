# Semaphore and Barrier results that do not depend on scheduling.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(3)
print([s.acquire(False) for _ in range(4)])
s.release()
with s:
    print("in with")
print(s.acquire(False), s.acquire(False))

b = threading.BoundedSemaphore(3)
for _ in range(3):
    b.acquire()
b.release(2)
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(isinstance(b, threading.Semaphore))

# a Barrier with an action: the action runs in exactly one thread per round
bar = threading.Barrier(4, action=lambda: rounds.append(len(rounds)))
rounds = []
idx = []
lock = threading.Lock()


def go():
    for _ in range(3):
        k = bar.wait()
        with lock:
            idx.append(k)


ts = [threading.Thread(target=go) for _ in range(3)]
for t in ts:
    t.start()
for _ in range(3):
    k = bar.wait()
    with lock:
        idx.append(k)
for t in ts:
    t.join()
print("rounds", rounds)
print("indices", sorted(idx))
print(bar.parties, bar.n_waiting, bar.broken)

# a broken barrier
bb = threading.Barrier(2, timeout=0.05)
try:
    bb.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)), bb.broken)
try:
    bb.wait()
except threading.BrokenBarrierError:
    print("still broken")
bb.reset()
print("reset:", bb.broken, bb.n_waiting)
