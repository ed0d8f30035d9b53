# Unlocked concurrent writes to sys.stdout: 4 threads and the main thread each write
# 1,000 lines, each line with ONE call: print(line + "\n", end="") or
# sys.stdout.write(line + "\n"). Garter makes each such call atomic, so every line must
# appear exactly once and intact.
# CPython does not promise this (its TextIOWrapper is documented as not thread-safe,
# and a plain print(line) is two writes, text then newline): under CPython this script
# can tear lines, so the Rust test checks its content only for Garter.
import sys
import threading

LINES = 1000
PAD = "abcdefghijklmnopqrstuvwxyz" * 2


def emit(tag, use_print):
    for j in range(LINES):
        line = f"{tag} line {j:04d} {PAD} end"
        if use_print:
            print(line + "\n", end="")
        else:
            sys.stdout.write(line + "\n")


threads = [
    threading.Thread(target=emit, args=(f"t{i}", i % 2 == 0)) for i in range(4)
]
for t in threads:
    t.start()
emit("main", True)
for t in threads:
    t.join()
print("all done")
