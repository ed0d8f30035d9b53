# Valid: while loops with else clauses, nested, with break and complex tests.
i = 0
while i < 3:
    i += 1
else:
    done = True
while i:
    i -= 1
    if i == 1:
        break
else:
    done = False
while True:
    while i < 10:
        i += 1
    else:
        break
data = [1, 2, 3]
while data and data[-1] != 1:
    data.pop()
while (item := data.pop() if data else None) is not None:
    pass
while 0: pass
else: pass
