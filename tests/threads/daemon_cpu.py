# A daemon thread spinning in an endless CPU loop (never blocking, never releasing the
# GIL voluntarily) does not keep the process alive, and the main thread still gets to run.
import threading
import time

started = threading.Event()
spins = 0


def spin():
    global spins
    started.set()
    while True:
        spins += 1


t = threading.Thread(target=spin)
t.daemon = True
t.start()
started.wait()
time.sleep(0.2)
before = spins
time.sleep(0.2)
print("daemon:", t.daemon, "alive:", t.is_alive())
print("daemon made progress while main slept:", spins > before > 0)
total = 0
for i in range(200_000):
    total += i
print("main computed", total, "while the daemon spins")
print("main exits now")
