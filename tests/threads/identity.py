# Thread identity: current_thread() inside threads, idents and native ids of threads
# that are alive at the same time are distinct, main_thread(), enumerate(), a Thread
# subclass overriding run().
import threading

N = 6
barrier = threading.Barrier(N)
seen = {}
lock = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, k):
        super().__init__(name=f"worker-{k}")
        self.k = k
        self.result = None

    def run(self):
        me = threading.current_thread()
        barrier.wait()  # everyone alive at once
        with lock:
            seen[self.k] = (me is self, me.name, threading.get_ident(), threading.get_native_id(),
                            len(threading.enumerate()))
        barrier.wait()
        self.result = self.k * 10


workers = [Worker(k) for k in range(N)]
print("ident before start:", workers[0].ident)
for w in workers:
    w.start()
for w in workers:
    w.join()
print("results:", [w.result for w in workers])
for k in range(N):
    print(k, seen[k][0], seen[k][1], "enumerate>=", seen[k][4] >= N + 1)
idents = [seen[k][2] for k in range(N)]
natives = [seen[k][3] for k in range(N)]
print("idents distinct:", len(set(idents)) == N)
print("ident attribute matches get_ident():", [w.ident for w in workers] == idents)
print("native ids distinct:", len(set(natives)) == N)
print("native_id attribute matches:", [w.native_id for w in workers] == natives)
main = threading.main_thread()
print("main:", main.name, main is threading.current_thread(), main.ident == threading.get_ident())
print("main ident differs from workers:", main.ident not in idents)
print("enumerate after join:", [t.name for t in threading.enumerate()])
