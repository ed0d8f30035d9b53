# RecursionError caught after deep recursion with a lowered recursion limit.
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(100))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion overflowed")
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print("recursive __repr__ overflowed")
count = [0]
def counted():
    count[0] += 1
    counted()
try:
    counted()
except RecursionError:
    print("depth reached is below the limit:", 100 < count[0] <= 200)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(depth_ok(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
