# Semaphore(3) admits at most 3 of 10 threads at once; BoundedSemaphore rejects
# over-release; non-blocking and timed acquires.
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
go = threading.Event()
inside = 0
max_inside = 0
entered = 0


def worker():
    global inside, max_inside, entered
    go.wait()
    with sem:
        with lock:
            inside += 1
            entered += 1
            max_inside = max(max_inside, inside)
        time.sleep(0.1)
        with lock:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("entered", entered, "max inside at once", max_inside, "inside now", inside)

s = threading.Semaphore(1)
print("acquire", s.acquire())
print("non-blocking acquire on zero:", s.acquire(blocking=False))
t0 = time.monotonic()
print("timed acquire on zero:", s.acquire(timeout=0.1))
print("timed acquire waited about the timeout:", 0.09 <= time.monotonic() - t0 < 5)
s.release()
s.release(2)
print("after release(2) three acquires succeed:",
      [s.acquire(blocking=False) for _ in range(4)])

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("BoundedSemaphore over-release:", type(e).__name__, e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("negative initial value:", e)

# a release from another thread wakes a blocked acquirer
s0 = threading.Semaphore(0)
order = []


def releaser():
    time.sleep(0.1)
    order.append("release")
    s0.release()


threading.Thread(target=releaser).start()
ok = s0.acquire(timeout=30)
order.append("acquired")
print("woken by another thread's release:", ok, order)
