# Event: set() wakes every waiter; wait(timeout) returns the flag.
import threading
import time

ev = threading.Event()
lock = threading.Lock()
woken = []
waiting = threading.Semaphore(0)


def waiter(i):
    waiting.release()
    r = ev.wait()
    with lock:
        woken.append((i, r))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(20)]
for t in threads:
    t.start()
for _ in range(20):
    waiting.acquire()
time.sleep(0.1)
print("before set: woken", len(woken), "is_set", ev.is_set())
ev.set()
for t in threads:
    t.join()
print("after set: woken", len(woken), "distinct", len(set(i for i, _ in woken)),
      "all returned True", all(r for _, r in woken))
print("wait on set event:", ev.wait(), ev.wait(0))
ev.clear()
print("after clear:", ev.is_set())
t0 = time.monotonic()
r = ev.wait(0.1)
print("wait(0.1) on clear event:", r, "waited about the timeout:",
      0.09 <= time.monotonic() - t0 < 5)


def set_later():
    time.sleep(0.1)
    ev.set()


threading.Thread(target=set_later).start()
print("wait(30) woken by set:", ev.wait(30))
