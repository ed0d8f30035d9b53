# A pool of worker threads taking jobs from a queue; results keyed by job id and
# printed in job order.
import math
import queue
import threading

jobs = queue.Queue()
results = {}
lock = threading.Lock()
done_by = {}


def worker():
    name = threading.current_thread().name
    while True:
        job = jobs.get()
        try:
            if job is None:
                return
            jid, n = job
            value = (math.factorial(n) % 1000003, math.isqrt(n * 1000), n ** 3)
            with lock:
                results[jid] = value
                done_by[name] = done_by.get(name, 0) + 1
        finally:
            jobs.task_done()


pool = [threading.Thread(target=worker, name=f"pool-{k}") for k in range(4)]
for t in pool:
    t.start()
for jid in range(30):
    jobs.put((jid, jid * 7 % 50 + 1))
jobs.join()
for jid in sorted(results):
    print(jid, results[jid])
for _ in pool:
    jobs.put(None)
for t in pool:
    t.join()
print("jobs done:", sum(done_by.values()))
print("workers used are pool threads:", all(n.startswith("pool-") for n in done_by))
print("alive:", [t.is_alive() for t in pool])
