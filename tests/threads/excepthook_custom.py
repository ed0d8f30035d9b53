# A custom threading.excepthook receives exc_type, exc_value, exc_traceback and thread,
# runs in the failing thread, and replaces the default report (nothing on stderr).
import threading

calls = []


def hook(args):
    calls.append((
        args.exc_type.__name__,
        str(args.exc_value),
        type(args.exc_value) is args.exc_type,
        args.exc_traceback is not None,
        args.thread.name,
        args.thread is threading.current_thread(),
    ))


def fail(msg):
    raise KeyError(msg)


def fail2():
    raise RuntimeError("second failure")


print("default hook is __excepthook__:", threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=fail, args=("k1",), name="first")
t.start()
t.join()
t = threading.Thread(target=fail2, name="second")
t.start()
t.join()
for c in calls:
    print(c)
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
