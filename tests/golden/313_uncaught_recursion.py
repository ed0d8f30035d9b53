# Uncaught RecursionError from unbounded recursion (recursion limit lowered to keep it quick).
import sys
sys.setrecursionlimit(150)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(50))
def broken_countdown(n):
    if n == 0:
        return "done"
    return broken_countdown(n - 2)
print(broken_countdown(40))
print("calling with an odd number recurses forever")
broken_countdown(41)
print("not reached")
