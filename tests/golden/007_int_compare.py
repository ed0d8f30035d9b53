# Comparisons mixing int, float and bool.
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True, 0.0 == -0.0)
print(1 < 1.5, 2 > 1.999, -1 < -0.5, 10**20 == 1e20, 10**20 + 1 == 1e20, 2**53 + 1 == 2.0**53)
print(True < 2, False < True, True > 0.5, False >= 0, True + True == 2)
none = None
print(3 != 3.0, none is not None, 1 <= 1.0 <= True, 5 > 4 > 3 > 2)
print(2**1000 > 1e300, 2**1024 > 1.7976931348623157e308, -(2**1024) < -1.7976931348623157e308)
inf = float("inf")
nan = float("nan")
print(10**400 < inf, -(10**400) > -inf, 10**400 == inf)
print(nan == 0, nan < 1, nan > 1, nan != nan, 1 != nan, nan == nan)
print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(True, 1), min(1, True), max(0, False))
print(sorted([3, 1.5, True, 0, -2, 2.5, False]))
print(sorted([3, 1.5, True, 0, -2, 2.5, False], reverse=True))
print([x for x in (0, 0.0, False, 1, 1.0, True) if x == 1])
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {}
d2[0] = "a"
d2[False] = "b"
d2[0.0] = "c"
print(d2, len(d2))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2**70) == hash(float(2**70)))
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
try:
    print(1 < "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None > 0)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == (), "a" != b"a")
print((1, 2.0) == (1.0, 2), [1, True] == [True, 1], (1, 2) < (1, 2.5), [2] > [1, 99])
