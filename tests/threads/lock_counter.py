# 8 threads x 100,000 increments of a shared global under a threading.Lock: exact total.
import threading

THREADS = 8
N = 100_000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter={counter} expected={THREADS * N}")
print("alive", sum(t.is_alive() for t in threads))
print("active", threading.active_count())
