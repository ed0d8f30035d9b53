# multiprocessing.Process: target/args/kwargs, names, exit codes, is_alive, subclassing
# with run(), sys.exit codes, daemon flag, join with timeout. Spawn start method.
import multiprocessing as mp
import sys
import time


def greet(who, punct="!"):
    print("hello", who + punct, "from", mp.current_process().name, flush=True)


def exits(code):
    sys.exit(code)


def sleeper(t):
    time.sleep(t)


class Counter(mp.Process):
    def __init__(self, n):
        super().__init__(name="counter")
        self.n = n

    def run(self):
        print("counting to", self.n, "in", self.name, flush=True)
        print(sum(range(self.n)), flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=greet, args=("world",), kwargs={"punct": "?"})
    print(p.is_alive(), p.exitcode, p.daemon, flush=True)
    p.start()
    p.join()
    print("exitcode", p.exitcode, p.is_alive(), flush=True)
    q = mp.Process(target=greet, args=("named",), name="worker-7")
    print(q.name)
    q.start()
    q.join()
    c = Counter(101)
    c.start()
    c.join()
    print("counter exit", c.exitcode)
    for code in (0, 3, None):
        e = mp.Process(target=exits, args=(code,))
        e.start()
        e.join()
        print("sys.exit(%r) ->" % (code,), e.exitcode)
    s = mp.Process(target=sleeper, args=(5,), daemon=True)
    print("daemon", s.daemon)
    s.start()
    s.join(0.05)
    print("still alive after join(0.05):", s.is_alive(), s.exitcode)
    s.terminate()
    s.join()
    print("terminated:", s.exitcode)
    k = mp.Process(target=sleeper, args=(5,))
    k.start()
    k.kill()
    k.join()
    print("killed:", k.exitcode)
    try:
        k.start()
    except AssertionError as e:
        print("AssertionError:", e)
    k.close()
    try:
        k.pid
    except ValueError as e:
        print("ValueError:", e)
    print(mp.active_children())
