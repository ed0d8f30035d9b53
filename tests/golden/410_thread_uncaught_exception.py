# An uncaught exception in a thread: reported on stderr by threading.excepthook, the
# thread dies, the main thread carries on and the process exits 0.
import threading


def parse(text):
    return int(text)


def worker(values):
    total = 0
    for v in values:
        total += parse(v)
        print("running total", total)
    print("not reached")


t = threading.Thread(target=worker, args=(["1", "2", "x3"],), name="parser")
t.start()
t.join()
print("thread alive:", t.is_alive())
print("main thread continues")


def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("bad value 42")


t = threading.Thread(target=nested)
t.start()
t.join()
print("main exits normally")
