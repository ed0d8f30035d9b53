# No handler installed: SIGINT raises KeyboardInterrupt in the main thread
# while it is blocked in the state named by argv[1]. The test sends SIGINT
# after reading "ready"; the script must print "caught <state>" and exit 0.
import os
import queue
import sys
import threading
import time

state = sys.argv[1]


def hold_forever(lock, held):
    # Runs in a daemon thread: takes `lock` and never gives it back.
    lock.acquire()
    held.set()
    time.sleep(1000)


def block():
    if state == "loop":
        n = 0
        print("ready", flush=True)
        while True:
            n += 1
    elif state == "sleep":
        print("ready", flush=True)
        time.sleep(100)
    elif state == "lock":
        lock = threading.Lock()
        lock.acquire()
        print("ready", flush=True)
        lock.acquire()
    elif state == "rlock":
        # An RLock is re-entrant for its owner, so another thread must hold it.
        rlock = threading.RLock()
        held = threading.Event()
        threading.Thread(target=hold_forever, args=(rlock, held), daemon=True).start()
        held.wait()
        print("ready", flush=True)
        rlock.acquire()
    elif state == "join":
        t = threading.Thread(target=time.sleep, args=(100,), daemon=True)
        t.start()
        print("ready", flush=True)
        t.join()
    elif state == "queue_get":
        q = queue.Queue()
        print("ready", flush=True)
        q.get()
    elif state == "queue_put":
        q = queue.Queue(maxsize=1)
        q.put(1)
        print("ready", flush=True)
        q.put(2)
    elif state == "event":
        ev = threading.Event()
        print("ready", flush=True)
        ev.wait()
    elif state == "condition":
        cond = threading.Condition()
        with cond:
            print("ready", flush=True)
            cond.wait()
    elif state == "semaphore":
        sem = threading.Semaphore(0)
        print("ready", flush=True)
        sem.acquire()
    elif state == "input":
        # stdin is a pipe that the test keeps open and never writes to.
        print("ready", flush=True)
        input()
    elif state == "os_read":
        r, w = os.pipe()
        print("ready", flush=True)
        os.read(r, 1)
    elif state == "sum":
        # A single long-running builtin call (would take hours to finish).
        print("ready", flush=True)
        sum(range(10**12))
    elif state == "filter":
        # A Python predicate run item after item by `list(filter(...))` without end
        # (`iter(int, 1)` yields 0 forever), which keeps nothing.
        print("ready", flush=True)
        list(filter(lambda x: x, iter(int, 1)))
    else:
        raise SystemExit("unknown state " + state)
    print("not interrupted")


try:
    block()
except KeyboardInterrupt:
    print("caught", state)
