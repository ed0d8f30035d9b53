# os: getpid, getenv, environ, getcwd, path helpers.
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0)
print(os.getenv("GARTER_SURELY_UNSET_VARIABLE"), os.getenv("GARTER_SURELY_UNSET_VARIABLE", "fallback"))
print(os.environ.get("GARTER_SURELY_UNSET_VARIABLE", "env default"), "GARTER_SURELY_UNSET_VARIABLE" in os.environ)
print(type(os.environ.get("PATH", "")).__name__)
cwd = os.getcwd()
print(os.path.basename(cwd), os.path.isabs(cwd), os.path.exists(cwd), os.path.isdir(cwd))
print(os.path.exists("230_os_basic.py"), os.path.isfile("230_os_basic.py"), os.path.isdir("230_os_basic.py"))
print(os.path.exists("no_such_file_here.txt"), os.path.isfile("no_such_file_here.txt"))
print(os.sep, os.path.sep, type(os.name).__name__, os.curdir, os.pardir)
try:
    os.environ["GARTER_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)
