# Stress: 200 threads contend on one Lock and one Queue for about 2.5 seconds.
# Each iteration increments a shared counter under the lock, puts a tagged item on the
# queue and takes one item off it. No deadlock, nothing lost, nothing duplicated.
import queue
import threading
import time

THREADS = 200
DURATION = 2.5

lock = threading.Lock()
q = queue.Queue()
shared = 0
puts = [0] * THREADS
got = [[] for _ in range(THREADS)]
errors = []
ready = threading.Barrier(THREADS + 1)


def worker(k):
    global shared
    ready.wait()
    deadline = time.monotonic() + DURATION
    n = 0
    mine = got[k]
    try:
        while time.monotonic() < deadline:
            with lock:
                shared += 1
            q.put(k * 1_000_000 + n)
            n += 1
            mine.append(q.get(timeout=30))
            if n % 50 == 0:
                time.sleep(0.001)
    except Exception as e:  # queue.Empty would mean an item vanished
        errors.append(repr(e))
    puts[k] = n


threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
for t in threads:
    t.start()
ready.wait()
for t in threads:
    t.join(timeout=60)
print("threads still alive:", sum(t.is_alive() for t in threads))
print("errors:", errors)
total_puts = sum(puts)
items = []
for g in got:
    items.extend(g)
print("lock counter matches puts:", shared == total_puts)
print("items got == items put:", len(items) == total_puts)
print("no duplicates:", len(set(items)) == len(items))
expected = set()
for k in range(THREADS):
    for n in range(puts[k]):
        expected.add(k * 1_000_000 + n)
print("exactly the items put:", set(items) == expected)
print("queue empty:", q.empty())
print("every thread ran:", min(puts) > 0)
print("plenty of work done:", total_puts > 1000)
