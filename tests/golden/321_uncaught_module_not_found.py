# Uncaught ModuleNotFoundError for a module that does not exist.
import sys
import math
print("math loaded:", "math" in sys.modules, math.floor(3.7))
try:
    import _helper_does_not_exist_either
except ImportError as e:
    print("handled:", type(e).__name__, e.name)
def load_plugin(name):
    print("loading plugin", name)
    module = __import__(name)
    return module
print(load_plugin("math").sqrt(16))
import nonexistent_module_qq
print("not reached")
