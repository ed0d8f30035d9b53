# CPU-bound threads that never block are still preempted: all of them make progress
# while they run side by side, and the main thread regains control to stop them.
import threading
import time

N = 4
stop = False
counts = [0] * N
started = threading.Barrier(N + 1)


def spin(k):
    started.wait()
    n = 0
    while not stop:
        n += 1
    counts[k] = n


threads = [threading.Thread(target=spin, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
started.wait()
time.sleep(0.5)
stop = True
for t in threads:
    t.join()
print("every spinning thread made progress:", all(c > 0 for c in counts))
print("alive:", sum(t.is_alive() for t in threads))
