# queue ordering semantics and exceptions, single-threaded and with one worker.
import queue
import threading

q = queue.Queue()
for x in "abc":
    q.put(x)
print("FIFO", [q.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print("LIFO", [lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "0")]:
    pq.put(x)
print("PRIO", [pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2)
print("Simple", sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())

bq = queue.Queue(3)
print(bq.maxsize, bq.empty(), bq.full(), bq.qsize())
for k in range(3):
    bq.put_nowait(k)
print(bq.empty(), bq.full(), bq.qsize())
for exc_name, f in [("put_nowait", lambda: bq.put_nowait(9)),
                    ("put timeout", lambda: bq.put(9, True, 0.01)),
                    ("get empty", lambda: queue.Queue().get(False)),
                    ("get timeout", lambda: queue.Queue().get(timeout=0.01)),
                    ("simple empty", lambda: queue.SimpleQueue().get_nowait())]:
    try:
        f()
    except queue.Full as e:
        print(exc_name, "Full", repr(str(e)))
    except queue.Empty as e:
        print(exc_name, "Empty", repr(str(e)))
print(queue.Full.__name__, queue.Empty.__name__, issubclass(queue.Full, Exception))
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    bq.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# one producer, one consumer: order is preserved exactly
work = queue.Queue(maxsize=5)
out = []


def consume():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        out.append(item * 2)
        work.task_done()


c = threading.Thread(target=consume)
c.start()
for k in range(50):
    work.put(k)
work.put(None)
work.join()
c.join()
print(out == [k * 2 for k in range(50)], len(out), work.qsize())

# a PriorityQueue drained by a worker after being filled
pq = queue.PriorityQueue()
for k in [5, 3, 9, 1, 7, 2]:
    pq.put((k, f"task{k}"))
order = []
t = threading.Thread(target=lambda: [order.append(pq.get()[1]) for _ in range(6)])
t.start()
t.join()
print(order)
