# Uncaught exception raised inside a generator while being consumed by a for loop.
def parse_records(lines):
    for n, line in enumerate(lines, 1):
        name, _, age = line.partition(",")
        if not age:
            raise ValueError(f"record {n} has no age field: {line!r}")
        yield name.strip(), int(age)
data = ["ann, 31", "bob,27", "cy , 45", "broken record", "di, 22"]
total = 0
for name, age in parse_records(data):
    total += age
    print(f"{name:<4} {age:>3} running={total}")
print("not reached")
