# Uncaught exception raised with 'from None' inside an except block.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry named {key!r} (have {sorted(table)})") from None
table = {"x": 1, "y": 2}
print(lookup(table, "x"))
print(lookup(table, "y"))
try:
    lookup(table, "q")
except LookupError as e:
    print("caught once:", e, e.__suppress_context__)
print(lookup(table, "z"))
print("not reached")
