# Event between threads: ping-pong with two events, strictly alternating output.
import threading

ping = threading.Event()
pong = threading.Event()
out = []


def player():
    for k in range(5):
        ping.wait()
        ping.clear()
        out.append(f"pong {k}")
        pong.set()


t = threading.Thread(target=player)
t.start()
for k in range(5):
    out.append(f"ping {k}")
    ping.set()
    pong.wait()
    pong.clear()
t.join()
for line in out:
    print(line)

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(0), e.wait())
e.set()
print(e.is_set())
e.clear()
e.clear()
print(e.is_set())

# many waiters released by one set()
gate = threading.Event()
results = []
lock = threading.Lock()


def wait_gate(k):
    r = gate.wait(30)
    with lock:
        results.append((k, r))


ts = [threading.Thread(target=wait_gate, args=(k,)) for k in range(10)]
for t in ts:
    t.start()
gate.set()
for t in ts:
    t.join()
print(sorted(results))
