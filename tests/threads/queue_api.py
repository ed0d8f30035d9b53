# queue: maxsize, Full/Empty with timeouts, task_done/join, LifoQueue, PriorityQueue.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print("full", q.full(), "qsize", q.qsize(), "empty", q.empty())
t0 = time.monotonic()
try:
    q.put(3, timeout=0.1)
except queue.Full:
    print("put(timeout) raised queue.Full after about the timeout:",
          0.09 <= time.monotonic() - t0 < 5)
try:
    q.put_nowait(3)
except queue.Full:
    print("put_nowait raised queue.Full")
try:
    q.put(3, block=False)
except queue.Full:
    print("put(block=False) raised queue.Full")
print("get", q.get(), q.get_nowait())
t0 = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout) raised queue.Empty after about the timeout:",
          0.09 <= time.monotonic() - t0 < 5)
try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait raised queue.Empty")
try:
    q.get(False)
except queue.Empty:
    print("get(False) raised queue.Empty")
try:
    q.put(1, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# a blocked put is woken by a get in another thread
q.put("a")
q.put("b")


def take_later():
    time.sleep(0.1)
    q.get()


threading.Thread(target=take_later).start()
q.put("c", timeout=30)
print("blocked put completed:", [q.get(), q.get()])

# a blocked get is woken by a put in another thread
threading.Thread(target=lambda: (time.sleep(0.1), q.put("late"))).start()
print("blocked get:", q.get(timeout=30))

# task_done / join
work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        time.sleep(0.01)
        done.append(item * item)
        work.task_done()


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for i in range(20):
    work.put(i)
work.join()
print("join returned after all tasks done:", sorted(done) == [i * i for i in range(20)])
for _ in ws:
    work.put(None)
for w in ws:
    w.join()
try:
    work.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for x in [1, 2, 3]:
    lq.put(x)
print("LifoQueue:", [lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for x in [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]:
    pq.put(x)
print("PriorityQueue:", [pq.get() for _ in range(5)])
print("unbounded maxsize:", queue.Queue().maxsize, queue.Queue(0).full())
print("Full/Empty are Exceptions:", issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
