# Uncaught OverflowError converting a huge int to float.
def growth(start, factor, steps):
    values = [start]
    for _ in range(steps):
        values.append(values[-1] * factor)
    return values
small = growth(1, 10, 5)
print(small, [v / 3 for v in small][:3])
big = growth(1, 10**10, 40)
print("digits in last value:", len(str(big[-1])))
print("as float:", float(big[10]))
print("mean:", sum(big) / len(big))
print("not reached")
