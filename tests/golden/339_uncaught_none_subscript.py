# Uncaught TypeError: 'NoneType' object is not subscriptable (function forgot to return).
def make_point(x, y):
    point = {"x": x, "y": y}
    if x < 0:
        return
    return point
def norm(p):
    return (p["x"] ** 2 + p["y"] ** 2) ** 0.5
for x, y in [(3, 4), (5, 12), (0, 0)]:
    print((x, y), norm(make_point(x, y)))
print(make_point(-1, 2))
print(norm(make_point(-3, 4)))
print("not reached")
