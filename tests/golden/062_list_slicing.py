# Slicing lists with all sign/step combinations.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[-5:-2], a[::3], a[1::3], a[::-1], a[::-3], a[8:2:-2])
print(a[100:], a[-100:2], a[5:2], a[2:2], a[-1:-5], a[-1:-5:-1], a[:100:4])
for start in (None, 0, 2, -2, 15, -15):
    for stop in (None, 0, 5, -3, 15):
        for step in (None, 2, -1, -4):
            print(start, stop, step, a[start:stop:step])
b = a[:]
b[0] = "x"
print(a[0], b[0])
s = slice(1, 8, 2)
print(a[s], a[slice(None, None, -2)], a[slice(3)], s.start, s.stop, s.step)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[:2]], [row[::-1] for row in m[::-1]], m[1][::2])
print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)], [list(col) for col in zip(*m)])
