# threading.local: each thread sees its own attributes.
import threading

data = threading.local()
data.name = "main"
results = {}
lock = threading.Lock()
barrier = threading.Barrier(5)


def worker(i):
    try:
        data.name
        seen_main = True
    except AttributeError:
        seen_main = False
    data.name = f"worker{i}"
    data.values = [i]
    barrier.wait()  # every thread has set its value before anyone reads
    for _ in range(100):
        data.values.append(i)
    with lock:
        results[i] = (seen_main, data.name, sum(data.values) == 101 * i, len(data.values))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])
print("main still sees:", data.name)
print("main has no values:", not hasattr(data, "values"))


class Counter(threading.local):
    def __init__(self, start):
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


c = Counter(10)
c.bump()
out = []


def use_counter():
    out.append(c.bump())  # __init__ ran again in this thread with the same arguments


t = threading.Thread(target=use_counter)
t.start()
t.join()
print("subclass in thread:", out, "in main:", c.count)
