# signal.signal only works in the main thread.
import signal
import threading


def handler(signum, frame):
    pass


def worker():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print("ValueError:", e)
    else:
        print("no error")
    # Reading a handler is allowed from any thread.
    print("getsignal in thread:", signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)


t = threading.Thread(target=worker)
t.start()
t.join()
print("main: handler unchanged:", signal.getsignal(signal.SIGUSR1) is signal.SIG_DFL)
signal.signal(signal.SIGUSR1, handler)
print("main: set:", signal.getsignal(signal.SIGUSR1) is handler)
