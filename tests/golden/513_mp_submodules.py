# The submodules CPython's classes live in import and name the same classes; exception
# class names print with CPython's module paths (the uncaught one ends the program).
import concurrent.futures as cf
import multiprocessing as mp
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool
from concurrent.futures.thread import ThreadPoolExecutor
from multiprocessing.pool import Pool


def main():
    print(ProcessPoolExecutor is cf.ProcessPoolExecutor, ThreadPoolExecutor is cf.ThreadPoolExecutor)
    print(Pool.__name__, issubclass(BrokenProcessPool, cf.BrokenExecutor))
    print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(mp.TimeoutError, mp.ProcessError))
    print(mp.TimeoutError.__module__, cf.CancelledError.__module__)
    print(cf.InvalidStateError.__module__, BrokenProcessPool.__module__)
    f = cf.Future()
    f.cancel()
    f.result()


if __name__ == "__main__":
    main()
