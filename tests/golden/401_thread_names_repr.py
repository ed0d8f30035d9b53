# Default thread names (Thread-N, Thread-N (target)), explicit names, renaming, and the
# repr of threads that have not started (started threads show an ident, which varies).
import threading


def worker():
    pass


def other():
    pass


t1 = threading.Thread(target=worker)
t2 = threading.Thread()
t3 = threading.Thread(target=other, name="custom")
t4 = threading.Thread(target=other)
t5 = threading.Thread(target=lambda: None)
print(t1.name)
print(t2.name)
print(t3.name)
print(t4.name)
print(t5.name)
print(repr(t1))
print(repr(t3))
t6 = threading.Thread(target=worker, daemon=True)
print(repr(t6))
t1.name = "renamed"
print(t1.name, repr(t1))
t1.start()
t1.join()
r = repr(t1)
print(r.startswith("<Thread(renamed, stopped "), r.endswith(")>"))
print(t1.ident is not None, isinstance(t1.ident, int))
print(threading.main_thread().name)
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
t7 = threading.Thread(target=worker, name=123)
print(repr(t7.name))


class MyThread(threading.Thread):
    pass


m = MyThread()
print(m.name, repr(m))
timer = threading.Timer(10, worker)
print(timer.name)
