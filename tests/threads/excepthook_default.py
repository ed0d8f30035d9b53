# An uncaught exception in a thread is reported by the default threading.excepthook
# ("Exception in thread NAME:" + traceback on stderr); the process carries on and exits 0.
# SystemExit in a thread is silently ignored.
import sys
import threading


def fail():
    raise ValueError("boom")


def leave():
    sys.exit(3)


t = threading.Thread(target=fail, name="boomer")
t.start()
t.join()
print("main continues after the thread died; alive:", t.is_alive())
t2 = threading.Thread(target=leave, name="leaver")
t2.start()
t2.join()
print("SystemExit in a thread ended only that thread; alive:", t2.is_alive())
sys.stdout.flush()
t3 = threading.Thread(target=lambda: [][1])
t3.start()
t3.join()
print("main finished")
