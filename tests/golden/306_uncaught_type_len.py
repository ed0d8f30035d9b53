# Uncaught TypeError: len() of an int.
def sizes(things):
    return [len(t) for t in things]
print(sizes(["abc", [1, 2], (3,), {"k": 1}, range(7), b"xy"]))
print(sizes([]))
mixed = ["ok", [1, 2, 3], 42, "never measured"]
for i, thing in enumerate(mixed):
    print(i, type(thing).__name__)
print("measuring mixed values")
print(sizes(mixed))
print("not reached")
