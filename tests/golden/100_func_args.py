# Positional and keyword arguments, defaults, evaluation order.
def describe(name, age, city="Unknown", *, verbose=False):
    s = f"{name} ({age}) from {city}"
    return s.upper() if verbose else s
print(describe("Ann", 30))
print(describe("Ben", 25, "Oslo"))
print(describe(age=40, name="Cy"))
print(describe("Di", city="Rome", age=22))
print(describe("Ed", 50, verbose=True))
def order(tag):
    print("eval", tag)
    return tag
def three(a, b, c):
    return a + b + c
print(three(order("a"), c=order("c"), b=order("b")))
def defaults(x, y=10, z=None):
    return (x, y, z)
print(defaults(1), defaults(1, 2), defaults(1, z=3), defaults(x=0, y=0, z=0))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def make(item, ident=next_id()):
    return (item, ident)
print(make("a"), make("b"), make("c", 99), counter)
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(1, c=4, b=5))
def pos_only(a, b, /, c, d=4):
    return a, b, c, d
print(pos_only(1, 2, 3), pos_only(1, 2, c=3), pos_only(1, 2, 3, d=5))
def both(a, /, b, *, c):
    return [a, b, c]
print(both(1, 2, c=3), both(1, b=2, c=3))
def returns_many():
    return 1, "two", [3]
a, b, c = returns_many()
print(a, b, c, returns_many())
def no_return():
    x = 1
print(no_return())
def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"
print([early(n) for n in (-5, 0, 5)])
def nested_call(f, *args, **kwargs):
    return f(*args, **kwargs)
print(nested_call(describe, "Fay", 33, verbose=True), nested_call(max, 3, 9, 2), nested_call(sorted, [3, 1], reverse=True))
print(describe.__name__, type(describe).__name__, callable(describe))
