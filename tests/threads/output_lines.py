# Output of several threads and of the main thread all appears: 4 threads and the main
# thread each print 1,000 lines; every line must appear exactly once, intact, and in its
# writer's order. Each print() is made under one shared lock, because CPython's
# TextIOWrapper (sys.stdout) is documented as not thread-safe: unlocked concurrent
# writes can tear lines there (see output_unlocked.py for the unlocked variant).
import threading
import time

LINES = 1000
PAD = "abcdefghijklmnopqrstuvwxyz" * 2
out_lock = threading.Lock()


def emit(tag):
    for j in range(LINES):
        with out_lock:
            print(f"{tag} line {j:04d} {PAD} end")
        if j % 100 == 0:
            time.sleep(0.001)  # let the writers interleave


threads = [threading.Thread(target=emit, args=(f"t{i}",)) for i in range(4)]
for t in threads:
    t.start()
emit("main")
for t in threads:
    t.join()
print("all done")
