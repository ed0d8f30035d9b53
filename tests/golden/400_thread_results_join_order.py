# Threads each compute something; results are collected and printed in join order.
import threading


def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n


results = [None] * 8


def worker(i, lo, hi):
    results[i] = (lo, hi, count_primes(lo, hi))


threads = []
for i in range(8):
    t = threading.Thread(target=worker, args=(i, i * 2500, (i + 1) * 2500))
    threads.append(t)
    t.start()
for i, t in enumerate(threads):
    t.join()
    lo, hi, n = results[i]
    print(f"primes in [{lo}, {hi}): {n}")
print("total:", sum(r[2] for r in results))
print("all joined:", not any(t.is_alive() for t in threads))


class Squarer(threading.Thread):
    def __init__(self, values):
        super().__init__()
        self.values = values
        self.out = None

    def run(self):
        self.out = [v * v for v in self.values]


sq = [Squarer(range(k, k + 4)) for k in range(0, 12, 4)]
for t in sq:
    t.start()
for t in sq:
    t.join()
    print(t.out)

# kwargs and a shared accumulator filled under a lock
acc = []
lock = threading.Lock()


def add(tag, *, times, scale=1):
    for j in range(times):
        with lock:
            acc.append((tag, j * scale))


ts = [threading.Thread(target=add, args=(tag,), kwargs={"times": 3, "scale": s})
      for tag, s in (("a", 1), ("b", 10), ("c", 100))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(acc))
print(len(acc))
