# The main thread's code ends while non-daemon threads still run: the interpreter waits
# for them, and their later output is still printed.
import sys
import threading
import time

go = threading.Event()


def worker(i):
    go.wait()
    time.sleep(0.2 + 0.1 * i)
    print(f"worker {i} finished after main")
    sys.stdout.flush()


for i in range(3):
    threading.Thread(target=worker, args=(i,), daemon=False).start()


def late_starter():
    go.wait()
    time.sleep(0.1)
    # starts a new non-daemon thread after the main thread's code has ended
    threading.Thread(target=lambda: print("thread started after main ended")).start()


threading.Thread(target=late_starter).start()
print("main done, active threads:", threading.active_count())
sys.stdout.flush()
go.set()
