# A binary-heap priority queue written by hand (no heapq), with a task scheduler on top.
class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        entry = (priority, self.counter, item)
        self.counter += 1
        self.heap.append(entry)
        self._sift_up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        last = self.heap.pop()
        if not self.heap:
            return last[0], last[2]
        top = self.heap[0]
        self.heap[0] = last
        self._sift_down(0)
        return top[0], top[2]
    def peek(self):
        return self.heap[0][0], self.heap[0][2]
    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest
pq = PriorityQueue()
for p, item in [(5, "write report"), (1, "fix prod bug"), (3, "review PR"), (1, "call boss"), (4, "lunch"), (2, "email")]:
    pq.push(p, item)
print(len(pq), pq.peek())
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [(i * 7919) % 1000 for i in range(200)]
h = PriorityQueue()
for x in nums:
    h.push(x, None)
out = [h.pop()[0] for _ in range(len(h))]
print(out == sorted(nums), out[:10], out[-5:])
def simulate(tasks):
    time = 0
    pq = PriorityQueue()
    pending = sorted(tasks, key=lambda t: t[0])
    i = 0
    log = []
    while i < len(pending) or pq:
        while i < len(pending) and pending[i][0] <= time:
            arrival, prio, name, dur = pending[i]
            pq.push(prio, (name, dur))
            i += 1
        if not pq:
            time = pending[i][0]
            continue
        prio, (name, dur) = pq.pop()
        log.append(f"t={time:>2} run {name} (prio {prio}) for {dur}")
        time += dur
    return log, time
log, end = simulate([(0, 3, "A", 4), (1, 1, "B", 2), (2, 2, "C", 1), (10, 5, "D", 3), (11, 0, "E", 1), (3, 1, "F", 2)])
print("\n".join(log))
print("finished at", end)
def k_smallest(items, k):
    q = PriorityQueue()
    for it in items:
        q.push(-it, it)
        if len(q) > k:
            q.pop()
    return sorted(q.pop()[1] for _ in range(len(q)))
print(k_smallest([9, 4, 7, 1, 8, 2, 6, 3, 5], 4))
