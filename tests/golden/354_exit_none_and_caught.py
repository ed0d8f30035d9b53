# SystemExit can be caught like any BaseException; sys.exit(None) exits with status 0.
import sys
for code in (0, 2, "text", None, [1, 2]):
    try:
        sys.exit(code)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args, type(e.code).__name__)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit raised SystemExit with code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code, e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
print("now exiting with None")
sys.exit(None)
print("not reached")
