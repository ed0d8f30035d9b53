# An exception raised in a worker is re-raised in the parent with its type and
# arguments; the child's traceback text is attached as __cause__. The last one is
# left uncaught, so its final line is compared.
import multiprocessing as mp


class CustomError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


def fail(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x


def fail_custom(x):
    raise CustomError(x, "custom failure")


def divide(a, b):
    return a / b


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(2) as pool:
        try:
            pool.map(fail, range(6))
        except ValueError as e:
            print("ValueError", e.args)
            tb = str(e.__cause__)
            print(type(e.__cause__).__name__)
            lines = [l.strip() for l in tb.strip().splitlines()]
            print(lines[0], lines[1])
            print([l for l in lines if l.startswith("raise")])
            print(lines[-2])
        try:
            pool.apply(fail_custom, (9,))
        except CustomError as e:
            print("CustomError", e.args, e.code)
        r = pool.apply_async(divide, (1, 0))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        errs = []
        m = pool.map_async(fail, [3], error_callback=errs.append)
        m.wait()
        print([type(x).__name__ for x in errs])
        print(list(pool.imap(fail, [1, 2])))
        it = pool.imap(fail, [1, 2, 3, 4])
        print(next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap ValueError", e)
        pool.map(divide, [(1, 0)])
