# Lock and RLock semantics in one thread and across two.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise ValueError("inside")
except ValueError as e:
    print("released on exception:", not lock.locked(), e)
print(type(lock) is type(threading.Lock()))
print(type(threading.Lock()).__name__ in ("lock", "LockType"))

r = threading.RLock()
print([r.acquire() for _ in range(4)])
for _ in range(4):
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# a lock held by another thread; released there
holder_has_it = threading.Event()
may_release = threading.Event()


def holder():
    lock.acquire()
    holder_has_it.set()
    may_release.wait()
    lock.release()


t = threading.Thread(target=holder)
t.start()
holder_has_it.wait()
print("held elsewhere:", lock.locked(), lock.acquire(False))
may_release.set()
print("acquire after release:", lock.acquire(timeout=30))
t.join()

# a plain Lock may be released by a thread that does not own it
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# an RLock owned by another thread cannot be released here
r_held = threading.Event()
r_done = threading.Event()


def r_holder():
    r.acquire()
    r_held.set()
    r_done.wait()
    r.release()


t = threading.Thread(target=r_holder)
t.start()
r_held.wait()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r.acquire(blocking=False))
r_done.set()
t.join()
print(r.acquire(blocking=False))
r.release()
