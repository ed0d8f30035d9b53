# Ctrl+C while the interpreter, at exit, waits for a non-daemon thread.
import threading
import time


def worker():
    # "ready" only once the main thread has finished the program and is in
    # threading's shutdown, waiting for this thread.
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    time.sleep(0.2)
    print("ready", flush=True)
    time.sleep(100)
    print("worker done")


threading.Thread(target=worker).start()
print("main done")
