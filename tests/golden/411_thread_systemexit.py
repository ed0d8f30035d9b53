# SystemExit raised in a thread (sys.exit, raise SystemExit) ends only that thread,
# silently; finally blocks run. The main thread then exits with a message (status 1).
import sys
import threading

log = []


def quit_with_code():
    try:
        sys.exit(5)
    finally:
        log.append("finally in thread ran")


def quit_with_message():
    raise SystemExit("thread says bye")


def after_exit():
    log.append("before")
    sys.exit()
    log.append("after")


for f in (quit_with_code, quit_with_message, after_exit):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print(f.__name__, "alive:", t.is_alive())
print(log)
print("main is still running")
sys.exit("main says bye")
