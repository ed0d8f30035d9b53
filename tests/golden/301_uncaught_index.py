# Uncaught IndexError from a list lookup inside a loop.
def window_sums(values, size):
    out = []
    for i in range(len(values)):
        s = 0
        for j in range(size):
            s += values[i + j]
        out.append(s)
        print("window", i, "sum", s)
    return out
data = [3, 1, 4, 1, 5, 9, 2, 6]
print("data:", data)
print("windows of 1:", window_sums(data, 1))
print("windows of 3 (buggy bounds):")
window_sums(data, 3)
print("not reached")
