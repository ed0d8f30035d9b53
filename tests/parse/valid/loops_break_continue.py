# Valid: break and continue in for and while loops, nested loops, and loops inside try.
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 10:
        break
for i in range(3):
    for j in range(3):
        if j == i:
            break
        else:
            continue
while n:
    try:
        n -= 1
        if n == 3:
            continue
        if n == 1:
            break
    finally:
        pass
for x in "abc":
    try:
        if x == "b":
            break
    except ValueError:
        continue
    else:
        continue
    finally:
        continue
def inner():
    for k in range(2):
        while k:
            break
        continue
