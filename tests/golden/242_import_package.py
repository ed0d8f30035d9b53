# Packages: __init__.py, submodules, relative imports, nested packages.
import sys
import _pkg_demo
print(_pkg_demo.PACKAGE_CONSTANT, _pkg_demo.package_function(), _pkg_demo.shout("hi"))
print(_pkg_demo.__name__, _pkg_demo.utils.__name__, "_pkg_demo.utils" in sys.modules)
from _pkg_demo import utils
print(utils.whisper("QUIET"), utils is _pkg_demo.utils)
import _pkg_demo.nested.deep
print(_pkg_demo.nested.deep.deep_call("Mixed"), _pkg_demo.nested.deep.DEPTH)
from _pkg_demo.nested.deep import deep_call as dc
print(dc("x"))
from _pkg_demo.nested import deep
print(deep is sys.modules["_pkg_demo.nested.deep"], deep.__name__)
import _pkg_demo.utils as u
print(u.shout("alias"))
try:
    import _pkg_demo.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _pkg_demo import missing_name
except ImportError as e:
    print("ImportError:", type(e).__name__, str(e).split(" (")[0])
print(sorted(k for k in sys.modules if k.startswith("_pkg_demo")))
