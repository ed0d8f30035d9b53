# multiprocessing.Pipe: duplex connections between processes, send/recv of nested data,
# poll with timeouts, send_bytes/recv_bytes, one-way pipes, EOFError after close.
import multiprocessing as mp


def child(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.send_bytes(b"raw bytes")
    conn.close()


def producer(w):
    for i in range(3):
        w.send({"i": i, "sq": i * i, "big": 10 ** (20 + i)})
    w.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    print(a.poll(0))
    for msg in [1, "two", [3, (4, {5: 6})], {"k": frozenset({7})}, 2**100]:
        a.send(msg)
        print(a.recv())
    a.send(None)
    print(a.recv_bytes())
    p.join()
    b.close()
    try:
        a.recv()
    except EOFError:
        print("EOFError")
    r, w = mp.Pipe(duplex=False)
    q = mp.Process(target=producer, args=(w,))
    q.start()
    w.close()
    print(r.poll(10))
    while True:
        try:
            print(r.recv())
        except EOFError:
            print("done")
            break
    q.join()
    print(r.poll(0.01) or "no more")
    r.close()
    print(r.closed)
    try:
        w.recv()
    except OSError as e:
        print("OSError:", e)
