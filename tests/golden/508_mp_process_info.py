# current_process, parent_process, active_children, cpu_count and the spawn semantics of
# the main module: children re-run it as __mp_main__, so the __main__ guard matters.
import multiprocessing as mp
import os

print("module body runs as", __name__, flush=True)


def info(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, me.pid == os.getpid(), parent.pid == os.getppid(), parent.name,
           __name__, mp.active_children()))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.current_process().name, mp.parent_process())
    print(mp.cpu_count() >= 1, type(mp.cpu_count()).__name__)
    print(mp.get_start_method(), mp.get_context("spawn").get_start_method())
    try:
        mp.set_start_method("spawn")
    except RuntimeError as e:
        print("RuntimeError:", e)
    mp.set_start_method("spawn", force=True)
    q = mp.Queue()
    p = mp.Process(target=info, args=(q,), name="inspector")
    p.start()
    print(q.get())
    print([c.name for c in mp.active_children()] in ([], ["inspector"]))
    p.join()
    print(mp.active_children())
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=info, args=(q,))
    p.start()
    print(q.get()[1:])
    p.join()
    try:
        mp.get_context("nonsense")
    except ValueError as e:
        print("ValueError:", e)
