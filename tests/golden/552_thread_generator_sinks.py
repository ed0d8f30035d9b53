# sum/any over generators in several threads at once: each thread's running total
# and sink state are its own, whatever the GIL switches between them.
import threading
res = {}
def work(n, key):
    res[key] = sum(i * i for i in range(n)) + sum(1 for i in range(n) if i % 3 == 0)
    res[key + "any"] = any(i > n - 2 for i in range(n))
ts = [threading.Thread(target=work, args=(200000 + k, f"t{k}")) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res.items()))
