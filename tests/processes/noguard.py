"""No `if __name__ == "__main__":` guard: each child re-runs this body and would start
a pool of its own; the child refuses (RuntimeError, as CPython) instead of spawning
without end, and the parent's pool reports its dead workers."""
import multiprocessing as mp


def square(x):
    return x * x


print("body runs", flush=True)
with mp.Pool(2) as pool:
    print(pool.map(square, [1, 2]))
