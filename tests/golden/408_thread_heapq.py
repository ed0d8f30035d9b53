# heapq (the module PriorityQueue is built on): heap invariants and results.
import heapq

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])

h = list(data)
heapq.heapify(h)
print(h)
ok = all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h))
print("heap invariant:", ok)
print(heapq.heappushpop(h, -1), h[0])
print(heapq.heappushpop(h, 100), h[0])
print(heapq.heapreplace(h, -5), h[0])
print(sorted(h))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))

# tuples: ties broken by the next field
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "exit"), (1, "open"), (2, "seek")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)


# heap sort of a larger deterministic sequence
seq = [(i * 7919) % 1000 for i in range(500)]
h = []
for x in seq:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(seq), out[:5], out[-5:])


class Job:
    def __init__(self, p, name):
        self.p = p
        self.name = name

    def __lt__(self, other):
        return self.p < other.p


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print([heapq.heappop(jobs).name for _ in range(3)])
