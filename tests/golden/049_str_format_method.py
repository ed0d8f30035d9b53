# str.format with positional, keyword, indexed and attribute fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"), "{2}".format(0, 1, 2))
print("{name} is {age}".format(name="Ann", age=30), "{0} {x}".format(1, x=2))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}), "{a[1][0]}".format(a=[[0], [1, 2]]))
class P:
    x = 3
    y = 4
    def __repr__(self):
        return "P()"
print("{0.x},{0.y} {p.x} {0!r} {0!s}".format(P(), p=P()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:*^11}".format("mid"))
print("{0:{1}}|{0:{w}.{p}f}|".format(3.14159, 10, w=8, p=3))
print("{:,}".format(9876543210), "{:.2%}".format(0.4567), "{:+d}".format(5), "{:#x}".format(255))
print("{{}} {{{0}}}".format(7), "{!r:>6}".format("a"), "{0!a}".format("é"))
data = [("Widget", 3, 4.5), ("Gadget", 12, 0.75), ("Doohickey", 1, 120.0)]
print("{:<10} {:>5} {:>8} {:>9}".format("Item", "Qty", "Price", "Total"))
for item, qty, price in data:
    print("{:<10} {:>5d} {:>8.2f} {:>9.2f}".format(item, qty, price, qty * price))
print("{:<10} {:>24.2f}".format("SUM", sum(q * p for _, q, p in data)))
fmt = "{0}-{0}-{0}"
print(fmt.format("ab"), "x{}y".format(""), "{}".format([1, "a"]), "{}".format({"k": (1,)}))
args = ["a", "b"]
kwargs = {"c": "C"}
print("{}{}{c}".format(*args, **kwargs), str.format("{}+{}", 1, 2))
print("{:d}".format(True), "{:5}|{:<5}|".format(7, 7), "{:5}|".format("7"))
print("{0}".format("{1}"), "{:{}{}}".format("z", ">", 4))
for bad, args in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{a", ()), ("{0:}}", (1,)), ("{0.nope}", (1,)), ("{0[5]}", ([1],))]:
    try:
        print("{!r}".format(bad.format(*args)))
    except (ValueError, IndexError, AttributeError, KeyError) as e:
        print(bad, type(e).__name__ + ":", e)
