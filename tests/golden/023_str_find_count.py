# find/rfind/index/rindex/count with start and end.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, None), (1, None), (3, 8), (-4, None), (-4, -1), (5, 2), (20, 30), (None, 4)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.count("", start, end))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, 10), s.index("bra", -5))
for args in [("x",), ("a", 11), ("cad", 0, 5), ("abra", -3)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print("ValueError:", e)
print("".find(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "aaaa".find("aa", 1))
print("ééé".find("é", 1), "日本日本".rfind("日"), "日本日本".count("本"))
positions = []
i = s.find("a")
while i != -1:
    positions.append(i)
    i = s.find("a", i + 1)
print(positions)
print("hello world".find("o", 5), "hello world".rfind("o", 0, 5), "hello".find("l", -2))
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
