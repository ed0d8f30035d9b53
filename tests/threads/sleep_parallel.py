# 50 threads each sleep 0.2 s: time.sleep releases the GIL, so they overlap and the
# whole run takes well under 2 s (sequentially it would take 10 s).
import threading
import time

N = 50
done = []
lock = threading.Lock()


def nap(i):
    time.sleep(0.2)
    with lock:
        done.append(i)


start = time.monotonic()
threads = [threading.Thread(target=nap, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("finished", len(done), "distinct", len(set(done)))
print("at least 0.2 s:", elapsed >= 0.19)
print("under 2 s:", elapsed < 2.0)
if elapsed >= 2.0:
    print("elapsed", elapsed)
