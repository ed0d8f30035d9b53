# sys: argv, path, modules, version_info, maxsize, stdout/stderr objects.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0], sys.argv[1:])
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(sys.version_info[0], sys.version_info[0] == 3, sys.version_info >= (3,), type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.modules["__main__"].__name__, __name__)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.stdout is not sys.stderr)
print(isinstance(sys.getrecursionlimit(), int), sys.getrecursionlimit() > 50)
print(sys.exc_info())
try:
    raise KeyError("inside")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info())
sys.stdout.write("via sys.stdout.write\n")
sys.stderr.write("via sys.stderr.write\n")
print(type(sys.platform).__name__, callable(sys.exit), sys.byteorder in ("little", "big"))
import sys as system
print(system is sys)
