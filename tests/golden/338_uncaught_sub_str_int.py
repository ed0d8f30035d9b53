# Uncaught TypeError: unsupported operand types for - between str and int.
readings = ["12", "15", "11"]
as_ints = [int(r) for r in readings]
print("deltas:", [b - a for a, b in zip(as_ints, as_ints[1:])])
def delta(a, b):
    return b - a
print(delta(3, 10), delta(2.5, 1.0))
print("mixing raw strings:")
print(delta(5, readings[0]))
print("not reached")
