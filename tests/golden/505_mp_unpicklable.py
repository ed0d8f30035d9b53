# What cannot cross between processes fails in the parent with a clear error naming
# the object (as CPython's pickle does): lambdas, nested functions, locks, open files.
import multiprocessing as mp
import threading


def apply(f, x):
    return f(x)


def identity(x):
    return x


def outer():
    def inner(x):
        return x
    return inner


def clean(msg):
    # Hide object addresses: " at 0x7f..." becomes " at 0x...".
    out = str(msg)
    i = out.find(" at 0x")
    while i >= 0:
        j = i + 6
        while j < len(out) and out[j] in "0123456789abcdef":
            j += 1
        out = out[:i] + " at 0x..." + out[j:]
        i = out.find(" at 0x", i + 9)
    return out


if __name__ == "__main__":
    mp.set_start_method("spawn")
    cases = [
        ("lambda", lambda x: x),
        ("nested", outer()),
        ("lock", threading.Lock()),
        ("file", open(__file__)),
    ]
    with mp.Pool(1) as pool:
        for name, obj in cases:
            try:
                pool.apply(identity, (obj,))
            except Exception as e:
                print(name, type(e).__name__, clean(e))
        for name, obj in cases[:2]:
            try:
                pool.map(obj, [1, 2])
            except Exception as e:
                print(name, "as function:", type(e).__name__, clean(e))
        try:
            pool.apply(outer)
        except Exception as e:
            print("result", type(e).__name__, clean(e))
        print("pool still works:", pool.map(identity, [1, 2, 3]))
    cases[3][1].close()
    p = mp.Process(target=lambda: None)
    try:
        p.start()
    except Exception as e:
        print("process", type(e).__name__, clean(e))
