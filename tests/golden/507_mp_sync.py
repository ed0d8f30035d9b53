# multiprocessing.Event, Lock and Semaphore shared with child processes.
import multiprocessing as mp
import time


def waiter(ev, done, name):
    ev.wait()
    print(name, "saw the event", flush=True)
    done.set()


def locked_print(lock, i):
    with lock:
        print("in lock", i, flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    ev, done = mp.Event(), mp.Event()
    print(ev.is_set(), ev.wait(0.01))
    p = mp.Process(target=waiter, args=(ev, done, "child"))
    p.start()
    time.sleep(0.05)
    print("setting", flush=True)
    ev.set()
    print(done.wait(20))
    p.join()
    print(ev.is_set())
    ev.clear()
    print(ev.is_set())
    lock = mp.Lock()
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    for i in range(3):
        c = mp.Process(target=locked_print, args=(lock, i))
        c.start()
        c.join()
    sem = mp.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False))
    sem.release()
    print(sem.acquire(timeout=0.01))
    r = mp.RLock()
    with r:
        with r:
            print("reentrant ok")
