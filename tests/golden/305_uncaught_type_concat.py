# Uncaught TypeError: concatenating str and int.
items = [("apples", 3), ("pears", 10), ("plums", 0)]
lines = []
for name, count in items:
    lines.append(f"{count} {name}")
print(", ".join(lines))
summary = "total items: " + str(sum(c for _, c in items))
print(summary)
def label(name, count):
    return name + ": " + count
for name, count in items:
    print(label(name, str(count)))
print(label("bananas", 12))
print("not reached")
