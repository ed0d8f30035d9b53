# Error messages of misused threads and locks.
import threading


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error")


t = threading.Thread(target=lambda: None)
show(lambda: t.join())
t.start()
show(t.start)
t.join()
show(t.start)
show(lambda: threading.current_thread().join())


def set_daemon():
    e = threading.Event()
    u = threading.Thread(target=e.wait)
    u.start()
    try:
        u.daemon = True
    finally:
        e.set()
        u.join()


show(set_daemon)

lock = threading.Lock()
show(lock.release)
show(lambda: lock.acquire(False, 1))
show(lambda: lock.acquire(timeout=-5))
r = threading.RLock()
show(r.release)
c = threading.Condition()
show(c.wait)
show(c.notify)
show(c.notify_all)
show(lambda: threading.Semaphore(-1))
b = threading.BoundedSemaphore(1)
show(b.release)


def broken_barrier():
    bar = threading.Barrier(2)
    bar.abort()
    bar.wait()


show(broken_barrier)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
show(lambda: threading.Thread(bogus=1))
