"""A demo package for the golden import tests."""
print("  [_pkg_demo/__init__ running, __name__ =", __name__ + "]")
PACKAGE_CONSTANT = "from __init__"
from . import utils
from .utils import shout


def package_function():
    return "package_function in " + __name__
