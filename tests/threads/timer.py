# Timer fires after its interval with its arguments; cancel() prevents firing.
import threading
import time

fired = []
t0 = time.monotonic()
ev = threading.Event()


def fire(tag, extra=None):
    fired.append((tag, extra, time.monotonic() - t0 >= 0.09))
    ev.set()


t = threading.Timer(0.1, fire, args=("first",), kwargs={"extra": 42})
t.start()
print("event set by timer:", ev.wait(30))
t.join()
print("fired:", fired)

c = threading.Timer(0.2, fire, args=("cancelled",))
c.start()
c.cancel()
c.join()
time.sleep(0.4)
print("after cancel:", fired)
print("cancelled timer alive:", c.is_alive())
print("Timer is a Thread:", isinstance(c, threading.Thread))
