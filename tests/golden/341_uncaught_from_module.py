# Uncaught exception propagating out of an imported module's top-level code.
import sys
print("importing the well-behaved helper first")
import _helper_counter
print("counter bumps:", _helper_counter.bump(), _helper_counter.bump())
print("_helper_raises loaded?", "_helper_raises" in sys.modules)
print("now importing a module that raises during import")
import _helper_raises
print("not reached")
