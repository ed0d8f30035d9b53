# queue.Queue producer/consumer: 4 producers and 4 consumers move 100,000 distinct items
# through a bounded queue; nothing lost, nothing duplicated; task_done/join accounting.
import queue
import threading

PRODUCERS = 4
CONSUMERS = 4
PER_PRODUCER = 25_000
TOTAL = PRODUCERS * PER_PRODUCER

q = queue.Queue(maxsize=100)
received = [[] for _ in range(CONSUMERS)]


def producer(p):
    base = p * PER_PRODUCER
    for i in range(PER_PRODUCER):
        q.put(base + i)


def consumer(c):
    mine = received[c]
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            return
        mine.append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()  # every item put so far has been task_done()
print("after q.join: unfinished work =", q.qsize())
for _ in range(CONSUMERS):
    q.put(None)
for t in consumers:
    t.join()

items = []
for r in received:
    items.extend(r)
print(f"count={len(items)} expected={TOTAL}")
print(f"sum={sum(items)} expected={TOTAL * (TOTAL - 1) // 2}")
print(f"distinct={len(set(items))} expected={TOTAL}")
print(f"min={min(items)} max={max(items)}")
ordered = True
for r in received:
    last = [-1] * PRODUCERS
    for x in r:
        p = x // PER_PRODUCER
        if x <= last[p]:
            ordered = False
        last[p] = x
print("per-producer FIFO order kept within each consumer:", ordered)
print("empty", q.empty(), "qsize", q.qsize())
