# Several threads import the same module at the same time while its body is still
# running: the body runs once, and every importer gets the fully initialised module
# (the later importers wait for the first one, as with CPython's per-module import lock).
import threading

results = []
lock = threading.Lock()
start = threading.Barrier(4)


def importer():
    start.wait()
    import _slow_import_helper as m
    with lock:
        results.append(getattr(m, "VALUE", "missing VALUE"))


threads = [threading.Thread(target=importer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
import _slow_import_helper

print("results:", results)
print("executions:", _slow_import_helper.EXECUTIONS)
