# current_thread(), main_thread(), active_count() and enumerate() seen from threads.
import threading

print(threading.current_thread().name)
print(threading.current_thread() is threading.main_thread())
print(threading.active_count())

seen = []


def report(label):
    me = threading.current_thread()
    seen.append((label, me.name, me is threading.main_thread(), me.daemon))


for k in range(3):
    t = threading.Thread(target=report, args=(f"job{k}",), name=f"W{k}")
    t.start()
    t.join()
report("main")
for s in seen:
    print(s)

# while two threads are blocked, they are counted and enumerated
gate = threading.Event()
entered = threading.Semaphore(0)


def blocked():
    entered.release()
    gate.wait()


ts = [threading.Thread(target=blocked, name=f"blocked-{k}") for k in range(2)]
for t in ts:
    t.start()
for _ in ts:
    entered.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print([t.is_alive() for t in ts])
gate.set()
for t in ts:
    t.join()
print(threading.active_count())
print([t.name for t in threading.enumerate()])
print([t.is_alive() for t in ts])

# a thread started from a thread
inner_names = []


def outer():
    def inner():
        inner_names.append(threading.current_thread().name)
    t = threading.Thread(target=inner, name="inner")
    t.start()
    t.join()
    inner_names.append(threading.current_thread().name)


o = threading.Thread(target=outer, name="outer")
o.start()
o.join()
print(inner_names)
