# A handler that raises: the exception propagates from the point the main
# thread was interrupted at (here: inside time.sleep).
import signal
import sys
import time


def handler(signum, frame):
    raise RuntimeError("from handler")


signal.signal(signal.SIGINT, handler)
signal.signal(signal.SIGUSR1, handler)

if sys.argv[1] == "uncaught":
    print("ready", flush=True)
    time.sleep(100)
    print("not interrupted")
else:
    try:
        print("ready", flush=True)
        time.sleep(100)
        print("not interrupted")
    except RuntimeError as e:
        print("caught RuntimeError:", e)
    print("done")
