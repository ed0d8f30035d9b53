# Valid: if / elif / else chains, nesting, and conditions of every shape.
x = 3
if x:
    pass
if x > 2:
    y = 1
else:
    y = 2
if x == 1:
    y = "one"
elif x == 2:
    y = "two"
elif x == 3:
    y = "three"
else:
    y = "many"
if x:
    if y:
        if not x:
            pass
        elif y:
            pass
    else:
        pass
elif not x:
    pass
if (x > 1 and
        y == "three"):
    pass
if x if y else 0:
    pass
if (n := x * 2) > 4:
    pass
if [i for i in range(x)]:
    pass
if x: y = 1
elif y: y = 2
else: y = 3
