# Uncaught ZeroDivisionError raised three calls deep after some output.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
def report(groups):
    for name, values in groups:
        print(f"{name}: average {average(values)}")
def main():
    groups = [
        ("first", [1, 2, 3, 4]),
        ("second", [10, 20]),
        ("third", [7]),
        ("empty", []),
        ("never", [1]),
    ]
    print("starting report")
    report(groups)
    print("not reached")
main()
print("not reached either")
