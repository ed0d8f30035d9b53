# sys.getswitchinterval / sys.setswitchinterval.
import sys

print("default", sys.getswitchinterval())
for bad in (0, 0.0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("setswitchinterval(%r): ValueError: %s" % (bad, e))
sys.setswitchinterval(0.001)
print("after set", sys.getswitchinterval())
sys.setswitchinterval(0.005)
print("restored", sys.getswitchinterval())
try:
    sys.setswitchinterval("0.01")
except TypeError as e:
    print("setswitchinterval('0.01'): TypeError:", e)
print("unchanged", sys.getswitchinterval())
