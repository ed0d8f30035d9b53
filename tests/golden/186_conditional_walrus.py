# Conditional expressions, the walrus operator, and if/elif chains.
for n in [-5, 0, 7, 12]:
    kind = "negative" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "large"
    print(n, kind)
x = 3
print("odd" if x % 2 else "even", (lambda: "yes")() if x else "no", [1, 2][0 if x > 5 else 1])
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
print(n)
results = [y for v in data if (y := v * 2) > 30]
print(results, y)
it = iter(["a", "b", "", "c"])
out = []
while (item := next(it, None)) is not None:
    if not item:
        continue
    out.append(item.upper())
print(out)
def classify(score):
    if score >= 90:
        grade = "A"
    elif score >= 80:
        grade = "B"
    elif score >= 70:
        grade = "C"
    elif score >= 60:
        grade = "D"
    else:
        grade = "F"
    return grade
print([classify(s) for s in (95, 90, 89.9, 75, 60, 59, -1)])
print((a := 10) + a, a)
total = 0
print([total := total + v for v in range(5)], total)
def nested_if(a, b):
    if a:
        if b:
            return "both"
        return "only a"
    elif b:
        return "only b"
    return "neither"
print([nested_if(a, b) for a in (0, 1) for b in (0, 1)])
if 0:
    print("no")
elif []:
    print("no")
elif "":
    print("no")
else:
    print("all falsy branches skipped")
value = None
print(value if value is not None else "default", 0 if 0 else 1, "" if "" else "empty")
