# Condition: wait_for with a predicate, notify(n), notify_all, wait timeouts.
import threading

cond = threading.Condition()
items = []
log = []


def consumer(name, need):
    with cond:
        ok = cond.wait_for(lambda: len(items) >= need, timeout=30)
        log.append((name, ok, len(items) >= need))


ts = [threading.Thread(target=consumer, args=(f"c{n}", n)) for n in (1, 3, 5)]
for t in ts:
    t.start()
for k in range(5):
    with cond:
        items.append(k)
        cond.notify_all()
for t in ts:
    t.join()
print(sorted(log))

# wait_for returns the predicate's value, also when it times out
with cond:
    print(cond.wait_for(lambda: "truthy value"))
    print(cond.wait_for(lambda: 0, timeout=0.05))
    print(cond.wait(timeout=0.05))

# notify(n) wakes exactly n waiters; notify_all wakes the rest
import time

lock = threading.Lock()
to_main = threading.Condition(lock)
to_sleepers = threading.Condition(lock)
waiting = 0
woken = 0


def sleeper():
    global waiting, woken
    with lock:
        waiting += 1
        to_main.notify()
        to_sleepers.wait()
        woken += 1
        to_main.notify()


ts = [threading.Thread(target=sleeper) for _ in range(5)]
for t in ts:
    t.start()
with lock:
    to_main.wait_for(lambda: waiting == 5)
    to_sleepers.notify(2)
    to_main.wait_for(lambda: woken == 2)
time.sleep(0.1)
with lock:
    print("after notify(2): woken", woken)
    to_sleepers.notify()
    to_main.wait_for(lambda: woken == 3)
time.sleep(0.1)
with lock:
    print("after notify(): woken", woken)
    to_sleepers.notify_all()
for t in ts:
    t.join()
print("after notify_all(): woken", woken)

# a Condition over an RLock, entered twice
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.01))
print("Condition with RLock works")
