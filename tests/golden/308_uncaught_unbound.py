# Uncaught UnboundLocalError: assignment later in the function makes the name local.
counter = 100
def ok():
    return counter + 1
def increment_broken():
    print("about to read counter")
    counter = counter + 1
    return counter
print("ok() =", ok())
for i in range(3):
    print("loop", i, "counter", counter)
print("calling increment_broken")
increment_broken()
print("not reached")
