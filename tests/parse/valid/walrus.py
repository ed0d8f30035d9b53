# Valid: assignment expressions (:=) in every allowed position.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    pass
while (chunk := data[:1]) and data.pop():
    pass
r = [y for x in data if (y := x * 2) > 2]
r = [(y := x) for x in data]
print(v := 1)
print(v := 2, w := 3)
f = lambda: (z := 0)
x = (q := 5)
t = (a := 1, b := 2)
l = [c := 1, c + 1]
s = {d := 1}
dd = {"k": (e := 2)}
r = data[i := 0]
r = (g := 1) + (h := 2)
if any((m := v) > 2 for v in data):
    pass
def fn(arg=(k := 9)):
    return (k := arg)
assert (w := 1)
r = (walrus := 10) if True else None
r = f"{(fw := 3)}"
with (cm := open(__file__)):
    pass
