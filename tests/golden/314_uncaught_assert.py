# Uncaught bare AssertionError (no message).
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b
    return True
print(check_sorted([]))
print(check_sorted([1]))
print(check_sorted([1, 2, 2, 5]))
data = [3, 1, 2]
print("sorted copy ok:", check_sorted(sorted(data)))
print("checking raw data", data)
check_sorted(data)
print("not reached")
