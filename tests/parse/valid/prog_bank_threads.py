# Valid program: threads sharing a bank account guarded by a lock, with a queue of transfers.
import threading
import queue
import time
from contextlib import contextmanager


class InsufficientFunds(Exception):
    pass


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self._lock = threading.Lock()

    @property
    def balance(self):
        with self._lock:
            return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        with self._lock:
            self._balance += amount

    def withdraw(self, amount):
        with self._lock:
            if amount > self._balance:
                raise InsufficientFunds(f"{self.owner}: {amount} > {self._balance}")
            self._balance -= amount


@contextmanager
def both_locked(a, b):
    first, second = (a, b) if a.id < b.id else (b, a)
    with first._lock, second._lock:
        yield


def transfer(src, dst, amount):
    with both_locked(src, dst):
        if src._balance < amount:
            return False
        src._balance -= amount
        dst._balance += amount
        return True


def worker(jobs: "queue.Queue", results: list, lock: threading.Lock):
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        src, dst, amount = job
        ok = transfer(src, dst, amount)
        with lock:
            results.append(ok)
        jobs.task_done()


def main(n_threads=4, n_jobs=200):
    alice, bob = Account("alice", 1000), Account("bob", 1000)
    jobs = queue.Queue()
    results, lock = [], threading.Lock()
    threads = [threading.Thread(target=worker, args=(jobs, results, lock), daemon=True)
               for _ in range(n_threads)]
    for t in threads:
        t.start()
    for i in range(n_jobs):
        jobs.put((alice, bob, 7) if i % 2 else (bob, alice, 5))
    for _ in threads:
        jobs.put(None)
    jobs.join()
    for t in threads:
        t.join(timeout=1.0)
    start = time.monotonic()
    total = alice.balance + bob.balance
    assert total == 2000, total
    print(f"{sum(results)}/{len(results)} transfers ok; total {total}; "
          f"{time.monotonic() - start:.3f}s")


if __name__ == "__main__":
    main()
