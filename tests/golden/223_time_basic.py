# time: only types and monotonicity are checked, never printed values.
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
total = 0
for i in range(20000):
    total += i
t2 = time.time()
m2 = time.monotonic()
p2 = time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__, total)
print(t2 >= t1, m2 >= m1, p2 >= p1)
print(t1 > 1_600_000_000)
start = time.monotonic()
time.sleep(0.01)
elapsed = time.monotonic() - start
print(elapsed >= 0.005, elapsed < 5)
ns = time.time_ns()
print(type(ns).__name__, ns > 10**18)
print(callable(time.sleep), hasattr(time, "time"))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
