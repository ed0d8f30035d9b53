# Lock.acquire with timeouts and non-blocking acquires; a Lock may be released by
# another thread, which wakes a blocked acquirer.
import threading
import time

lock = threading.Lock()
print("first acquire:", lock.acquire(), "locked:", lock.locked())
t0 = time.monotonic()
r = lock.acquire(timeout=0.1)
waited = time.monotonic() - t0
print("acquire(timeout=0.1) on held lock:", r)
print("waited about the timeout:", waited >= 0.09, waited < 5)
print("acquire(blocking=False):", lock.acquire(blocking=False))
print("acquire(False):", lock.acquire(False))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)

# acquire(timeout) from another thread while main holds it
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.1)))
t.start()
t.join()
print("other thread timed out:", res)


# release by another thread wakes the main thread's blocking acquire
def release_later():
    time.sleep(0.1)
    lock.release()


threading.Thread(target=release_later).start()
print("blocking acquire woken by other thread's release:", lock.acquire(timeout=30))
lock.release()
print("locked after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
