# Timer: fires once with its arguments, cancel() before it fires prevents it.
import threading

fired = []
t = threading.Timer(0.05, fired.append, args=["one"])
t.start()
t.join()
print(fired)

t = threading.Timer(0.05, lambda *a, **k: fired.append((a, sorted(k.items()))), args=(1, 2), kwargs={"z": 3, "a": 0})
t.start()
t.join()
print(fired)

t = threading.Timer(5, fired.append, args=["never"])
t.start()
t.cancel()
t.join()
print(fired, t.is_alive())

t = threading.Timer(5, fired.append, args=["never either"])
t.cancel()
t.start()
t.join()
print(fired)
print(isinstance(t, threading.Thread), t.interval)
