# Barrier(5): five threads meet, each gets a distinct index, the action runs once per
# round, the barrier is reusable; abort() and timeouts break it.
import threading

N = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
lock = threading.Lock()
indices = [[], []]
after = []


def worker(i):
    for rnd in range(2):
        k = b.wait()
        with lock:
            indices[rnd].append(k)
    with lock:
        after.append(i)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("round indices:", sorted(indices[0]), sorted(indices[1]))
print("action ran", len(actions), "times")
print("all passed:", sorted(after))
print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)

b2 = threading.Barrier(3)
res = []


def waits():
    try:
        b2.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")


ts = [threading.Thread(target=waits) for _ in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    time.sleep(0.001)
b2.abort()
for t in ts:
    t.join()
print("after abort:", res, "broken", b2.broken)
b2.reset()
print("after reset: broken", b2.broken)

b3 = threading.Barrier(2, timeout=0.1)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out alone: BrokenBarrierError, broken", b3.broken)
