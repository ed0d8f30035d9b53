# A custom threading.excepthook sees the exception type, value, traceback and thread;
# exceptions raised by bad target arguments reach it too.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook


def divide(a, b):
    return a / b


def needs_two(a, b):
    return a + b


class Failing(threading.Thread):
    def run(self):
        raise LookupError("from run()")


threads = [
    threading.Thread(target=divide, args=(1, 0), name="div"),
    threading.Thread(target=needs_two, args=(1,), name="args"),
    threading.Thread(target=needs_two, args=(1, "x"), name="types"),
    Failing(name="subclass"),
    threading.Thread(target=divide, args=(6, 3), name="fine"),
]
for t in threads:
    t.start()
    t.join()
for s in seen:
    print(s)

# restoring the default; the last failure is reported on stderr
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=divide, args=(1, 0), name="default-hook")
t.start()
t.join()
print("done")
