# A SystemExit is caught, converted, and a different exit status (5) is used.
import sys
def worker(n):
    if n > 2:
        sys.exit(f"worker {n} gave up")
    return n * 10
results = []
for n in range(5):
    try:
        results.append(worker(n))
    except SystemExit as e:
        print("intercepted:", e.code)
        results.append(None)
print(results)
failures = results.count(None)
print("failures:", failures)
sys.stdout.flush()
raise SystemExit(failures + 3)
