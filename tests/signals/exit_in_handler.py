# sys.exit() from a handler: `with` exits and `finally` blocks run, buffered
# output is flushed, non-daemon threads are joined, the status is the one given.
import signal
import sys
import threading
import time

main_done = threading.Event()


def worker():
    main_done.wait()
    time.sleep(0.3)  # the interpreter must wait for this thread at exit
    print("worker done")


class Manager:
    def __enter__(self):
        print("with enter")
        return self

    def __exit__(self, typ, value, tb):
        print("with exit", typ.__name__, value.code)
        return False


def handler(signum, frame):
    print("handler", signal.Signals(signum).name)
    sys.exit(3)


signal.signal(signal.SIGTERM, handler)
threading.Thread(target=worker).start()
try:
    with Manager():
        print("ready", flush=True)
        time.sleep(100)
        print("not interrupted")
finally:
    print("finally")
    main_done.set()
print("not reached")
