# concurrent.futures.Future on its own: states, set_result/set_exception, callbacks,
# cancel, InvalidStateError, as_completed and wait on finished futures.
import concurrent.futures as cf

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
print(f.set_running_or_notify_cancel(), f.running())
print(f.cancel())
f.set_result(42)
print(f.done(), f.result(), f.exception(), calls)
f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", type(e).__mro__[1].__name__)
g = cf.Future()
print(g.cancel(), g.cancelled(), g.done())
try:
    g.result()
except cf.CancelledError:
    print("CancelledError")
print(g.set_running_or_notify_cancel())
h = cf.Future()
h.set_exception(ValueError("nope"))
print(repr(h.exception()))
try:
    h.result(timeout=0)
except ValueError as e:
    print("ValueError", e)
p = cf.Future()
try:
    p.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError")
print(sorted(x.result() for x in cf.as_completed([f])))
done, not_done = cf.wait([f, h, p], timeout=0.01)
print(len(done), len(not_done))
done, not_done = cf.wait([f, h, p], return_when=cf.FIRST_EXCEPTION)
print(len(done), len(not_done))
try:
    list(cf.as_completed([p], timeout=0.01))
except cf.TimeoutError as e:
    print("TimeoutError", e)
