# A three-stage pipeline of threads joined by queues; one thread per stage keeps the
# order, so the output is deterministic.
import queue
import threading

STOP = object()
raw = queue.Queue(maxsize=4)
parsed = queue.Queue(maxsize=4)
results = []


def reader(lines):
    for line in lines:
        raw.put(line)
    raw.put(STOP)


def parser():
    while True:
        line = raw.get()
        if line is STOP:
            parsed.put(STOP)
            return
        name, _, value = line.partition("=")
        parsed.put((name.strip(), int(value)))


def summer():
    totals = {}
    while True:
        item = parsed.get()
        if item is STOP:
            break
        name, value = item
        totals[name] = totals.get(name, 0) + value
        results.append(f"{name} += {value} -> {totals[name]}")
    results.append(sorted(totals.items()))


lines = [f"{'abc'[k % 3]} = {k * k % 17}" for k in range(20)]
stages = [
    threading.Thread(target=reader, args=(lines,), name="reader"),
    threading.Thread(target=parser, name="parser"),
    threading.Thread(target=summer, name="summer"),
]
for t in stages:
    t.start()
for t in stages:
    t.join()
    print("joined", t.name)
for r in results:
    print(r)
print(raw.empty(), parsed.empty())
