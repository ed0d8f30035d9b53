# Bound methods (of instances, classes and builtin objects) cross as object + name;
# a Queue reaches pool workers through initargs; a child process starts a grandchild.
import multiprocessing as mp

class Acc:
    def __init__(self, k):
        self.k = k
    def scale(self, x):
        return x * self.k
    @classmethod
    def make(cls, k):
        return cls(k).k

def init(q):
    global Q
    Q = q

def report(x):
    Q.put(("seen", x))
    return x

def grandchild(q):
    q.put("grandchild says hi")

def child(q):
    p = mp.Process(target=grandchild, args=(q,))
    p.start()
    p.join()
    q.put(("child done", p.exitcode, mp.current_process().name))

if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        print(pool.map(Acc(3).scale, [1, 2, 3]))
        print(pool.map(Acc.make, [5]))
        print(pool.map("ab-{}".format, [1, 2]))
    q = mp.Queue()
    with mp.Pool(2, initializer=init, initargs=(q,)) as pool:
        print(pool.map(report, range(4)))
        print(sorted(q.get() for _ in range(4)))
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(), q.get())
    p.join()
    print(p.exitcode)
