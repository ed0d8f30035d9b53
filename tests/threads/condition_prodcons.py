# Producer/consumer over a bounded list guarded by a threading.Condition:
# 4 producers and 4 consumers move 100,000 distinct items; nothing lost, nothing duplicated.
import threading

PRODUCERS = 4
CONSUMERS = 4
PER_PRODUCER = 25_000
TOTAL = PRODUCERS * PER_PRODUCER
CAPACITY = 64
STOP = -1

buf = []
cond = threading.Condition()
received = [[] for _ in range(CONSUMERS)]


def producer(p):
    base = p * PER_PRODUCER
    for i in range(PER_PRODUCER):
        with cond:
            while len(buf) >= CAPACITY:
                cond.wait()
            buf.append(base + i)
            cond.notify_all()


def consumer(c):
    mine = received[c]
    while True:
        with cond:
            while not buf:
                cond.wait()
            item = buf.pop(0)
            if item == STOP:
                cond.notify_all()
                return
            cond.notify_all()
        mine.append(item)


producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in range(CONSUMERS):
    with cond:
        while len(buf) >= CAPACITY:
            cond.wait()
        buf.append(STOP)
        cond.notify_all()
for t in consumers:
    t.join()

items = []
for r in received:
    items.extend(r)
print(f"count={len(items)} expected={TOTAL}")
print(f"sum={sum(items)} expected={TOTAL * (TOTAL - 1) // 2}")
print(f"distinct={len(set(items))} expected={TOTAL}")
print(f"min={min(items)} max={max(items)}")
# each producer's items arrive in the order produced, per consumer
ordered = True
for r in received:
    last = [-1] * PRODUCERS
    for x in r:
        p = x // PER_PRODUCER
        if x <= last[p]:
            ordered = False
        last[p] = x
print("per-producer order kept within each consumer:", ordered)
print("leftover", buf)
