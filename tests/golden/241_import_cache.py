# Modules are executed once and cached in sys.modules.
import sys
print("_helper_counter" in sys.modules)
import _helper_counter
print("_helper_counter" in sys.modules, sys.modules["_helper_counter"] is _helper_counter)
print(_helper_counter.bump(), _helper_counter.bump())
import _helper_counter
import _helper_counter as again
from _helper_counter import bump, count
print(again is _helper_counter, again.bump(), count, _helper_counter.count)
def f():
    import _helper_counter
    return _helper_counter.bump()
print(f(), f(), _helper_counter.count)
del sys.modules["_helper_counter"]
import _helper_counter as fresh
print(fresh is again, fresh.count, again.count)
print("importing a cycle:")
import _helper_cycle_a
print(_helper_cycle_a.from_a(), _helper_cycle_a.A_VALUE, _helper_cycle_a._helper_cycle_b.B_VALUE)
print("importing a module that raises:")
try:
    import _helper_raises
except ValueError as e:
    print("ValueError:", e)
print("_helper_raises" in sys.modules)
try:
    import _helper_raises
except ValueError as e:
    print("raised again on second import:", e)
