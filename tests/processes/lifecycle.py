"""At exit the parent joins non-daemon children and terminates daemon ones."""
import multiprocessing as mp
import time


def slow_print(t, msg):
    time.sleep(t)
    print(msg, flush=True)


if __name__ == "__main__":
    d = mp.Process(target=slow_print, args=(60, "daemon should never print"), daemon=True)
    d.start()
    n = mp.Process(target=slow_print, args=(0.3, "non-daemon child done"))
    n.start()
    print("pids", d.pid, n.pid, flush=True)
    print("main done", flush=True)
