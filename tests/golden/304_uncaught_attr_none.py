# Uncaught AttributeError: calling a method on None returned by a lookup.
users = {"alice": "  Alice Smith ", "bob": "Bob Jones", "carol": None}
def find(name):
    return users.get(name)
def display_name(name):
    raw = find(name)
    return raw.strip().upper()
for name in ["alice", "bob"]:
    print(name, "->", display_name(name))
print("unknown user lookup returns", find("zed"))
print("carol ->", end=" ")
print(display_name("carol"))
print("not reached")
