# join(timeout) returns after about the timeout while the thread is still alive;
# the thread later finishes and a plain join() then returns.
import threading
import time

release = threading.Event()
result = []


def worker():
    release.wait()
    time.sleep(0.05)
    result.append("worker finished")


t = threading.Thread(target=worker, name="slow")
t.start()
start = time.monotonic()
ret = t.join(timeout=0.3)
waited = time.monotonic() - start
print("join(timeout) returned", ret)
print("waited at least the timeout:", waited >= 0.28)
print("waited less than 5 s:", waited < 5.0)
print("still alive after join(timeout):", t.is_alive())
print("result so far:", result)
t.join(0)
print("join(0) on a live thread: alive", t.is_alive())
release.set()
t.join()
print("after join(): alive", t.is_alive())
print("result:", result)
# joining a finished thread with a timeout returns at once
start = time.monotonic()
t.join(timeout=10)
print("join(timeout) on a finished thread returned quickly:", time.monotonic() - start < 5)
