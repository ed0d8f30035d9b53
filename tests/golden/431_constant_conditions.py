# Conditions on the constants True, False and None compile to a jump or to nothing
# (`while True:` tests nothing per iteration); behaviour must not change.
n = 0
while True:
    n += 1
    if n > 5:
        break
else:
    print("never")
print(n)
while False:
    print("no")
else:
    print("else of while False")
while None:
    pass
if True:
    print("t")
if not True:
    print("x")
elif None:
    print("y")
else:
    print("z")
assert True, "fine"
x = 0
while x < 3 and True:
    x += 1
print(x)
try:
    assert False, "boom"
except AssertionError as e:
    print("assert", e)
