# String indexing, negative indexes and slicing with steps.
s = "Hello, World!"
print(len(s), s[0], s[-1], s[7], s[-6], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:], s[::1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3], s[10:2:-2])
print(repr(s[5:5]), repr(s[10:2]), repr(s[100:]), repr(s[-100:3]), s[3:100])
print(s[-100:100], repr(s[::-1][:0]), s[2:-2:3])
for start in (None, 0, 3, -3, 20):
    for stop in (None, 5, -5, -20):
        for step in (None, 1, 2, -1, -3):
            print(start, stop, step, repr(s[start:stop:step]))
e = ""
print(repr(e[:]), repr(e[::-1]), repr(e[5:10]), len(e))
u = "naïve café ☕ 日本語"
print(len(u), u[2], u[-1], u[-3:], u[::-1], u[11], u[6:10])
for i in (len(s), -len(s) - 1, 100):
    try:
        print(s[i])
    except IndexError as ex:
        print("IndexError:", ex)
try:
    s[0] = "h"
except TypeError as ex:
    print("TypeError:", ex)
try:
    s[1.0]
except TypeError as ex:
    print("TypeError:", ex)
try:
    s[::0]
except ValueError as ex:
    print("ValueError:", ex)
print(s[True], s[-True], "abc"[1:][1:], "abcdef"[1:5][::-1][1])
for i, ch in enumerate("xyz"):
    print(i, ch, "xyz"[i] == ch, "xyz"[i - 3] == ch)
