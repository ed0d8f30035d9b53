# Uncaught exception raised while handling another one (implicit chaining).
inventory = {"a": 1}
def restock(item):
    try:
        inventory[item] += 1
        print("restocked", item, inventory[item])
    except KeyError:
        print("missing", item, "- trying fallback table")
        fallback = {"c": 3}
        inventory[item] = fallback[item] + 1
        print("never printed")
restock("a")
restock("a")
restock("b")
print("not reached")
