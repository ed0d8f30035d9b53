# The main thread dies with an uncaught exception while a non-daemon thread still runs:
# the traceback is printed, the interpreter still waits for the thread (its output
# appears), and the exit status is 1.
import threading
import time

started = threading.Event()


def worker():
    started.set()
    time.sleep(0.2)
    print("worker finished after main raised")


threading.Thread(target=worker).start()
started.wait()
print("main about to fail")


def fail():
    raise RuntimeError("main failed")


fail()
