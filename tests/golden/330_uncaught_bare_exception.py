# Uncaught 'raise Exception' with no arguments: the last line is just "Exception".
def validate(records):
    seen = set()
    for r in records:
        if r in seen:
            print("duplicate found:", r)
            raise Exception
        seen.add(r)
        print("ok", r)
    return len(seen)
print(validate([1, 2, 3]))
print(validate([]))
print(validate([5, 6, 5, 7]))
print("not reached")
