# Stores to module globals go through an inline cache shared with the loads of the
# same name: every way a global's slot can move or vanish must still be seen.

total = 0
for i in range(5):
    total = total + i
print("total", total)

# Shadow a builtin, use it, delete it: the builtin is seen again.
len = lambda x: -1
print("shadowed", len([1, 2, 3]))
del len
print("restored", len([1, 2, 3]))

# A function storing through `global`, before and after the name exists.
def bump():
    global counter
    counter = counter + 1 if "counter" in globals() else 1
    return counter

for _ in range(3):
    bump()
print("counter", counter)
del counter
print("after del", "counter" in globals(), bump(), bump())

# Many globals: the module dict grows and gets a hash index; stores keep landing.
for k in range(40):
    globals()[f"g{k}"] = k
acc = 0
for k in range(40):
    acc += globals()[f"g{k}"]
g7 = 700
g39 = g39 * 2
print("many", acc, g7, g39, globals()["g7"])

# Delete many, then store again: the dict is compacted and slots move.
for k in range(0, 40, 2):
    del globals()[f"g{k}"]
g1 = 111
g3 = g3 + 1000
g0 = "back"
print("compacted", g1, g3, g0, sorted(n for n in globals() if n.startswith("g") and n[1:].isdigit())[:6])

# The same store instruction run while the dict changes shape around it.
def store_loop():
    global ring
    out = []
    for i in range(6):
        ring = i
        if i == 2:
            del globals()["ring"]
            globals()["ring_extra"] = 1
            ring = 20
        if i == 4:
            for j in range(30):
                globals()[f"tmp{j}"] = j
        out.append(ring)
    return out

print("loop", store_loop(), ring)

# globals() writes seen by compiled loads and stores, and the reverse.
x = 1
globals()["x"] = 2
x = x + 10
print("x", x, globals()["x"])

# A class body storing a global.
class C:
    global from_class
    from_class = "set in class"
    y = 5
print(from_class, C.y)

# Unpacking and augmented assignment to globals at module level.
a, (b, c) = 1, (2, 3)
a += b * c
for n, (p, q) in enumerate(zip("ab", "cd")):
    pass
print("unpack", a, b, c, n, p, q)

# A name read before it exists, then stored.
try:
    late
except NameError as e:
    print("NameError:", e)
late = "now"
print(late)
