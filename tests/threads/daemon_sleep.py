# A daemon thread sleeping in an endless loop does not keep the process alive.
import threading
import time

started = threading.Event()


def forever():
    started.set()
    while True:
        time.sleep(0.05)


t = threading.Thread(target=forever, daemon=True)
t.start()
started.wait()
print("daemon:", t.daemon, "alive:", t.is_alive())
print("main exits now")
