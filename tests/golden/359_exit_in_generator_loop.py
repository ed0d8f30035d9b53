# sys.exit raised inside a generator propagates out of the consuming loop (exit status 6).
import sys
def produce():
    try:
        for i in range(10):
            if i == 4:
                print("producer requests exit")
                sys.exit(6)
            yield i
    finally:
        print("producer finally")
total = 0
for v in produce():
    total += v
    print("consumed", v, "total", total)
print("not reached")
