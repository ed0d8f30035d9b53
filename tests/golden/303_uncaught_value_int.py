# Uncaught ValueError from int() on bad input.
lines = ["10", " 20 ", "+30", "-4", "abc", "50"]
def parse_all(items):
    total = 0
    for n, item in enumerate(items, 1):
        value = int(item)
        total += value
        print(f"line {n}: {value:>4}  running total {total}")
    return total
print("parsing", len(lines), "lines")
safe = []
for item in lines:
    if item.strip().lstrip("+-").isdigit():
        safe.append(int(item))
print("safe parse:", safe, sum(safe))
print("strict parse:")
parse_all(lines)
print("not reached")
