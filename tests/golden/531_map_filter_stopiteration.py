# A StopIteration raised by the function of map or filter (or by an item's __bool__
# under filter, iter(f, sentinel)'s f, an old-style __getitem__) ends the iteration
# there, as the iterator's __next__ raising it does; map and filter stay usable after.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 10

print(list(map(f, [1, 2, 3, 4, 5])))
m = map(f, [1, 3, 4])
print(next(m), next(m, "end"), next(m))
for v in map(f, [2, 3, 9]):
    print("for", v)
print(tuple(map(lambda a, b: f(a) + b, [1, 3], [1, 1])))

def keep(x):
    if x == "stop":
        raise StopIteration("from predicate")
    return x.startswith("k")

print(list(filter(keep, ["k1", "x", "k2", "stop", "k3"])))
fl = filter(keep, ["k1", "stop", "k3"])
print(list(fl), list(fl))

class Stops:
    def __bool__(self):
        raise StopIteration

print(list(filter(None, [1, Stops(), 2])))
print(sorted(map(f, [5, 4, 3, 2])))

# The same for the other builtin iterators that run Python code per item.
def stops():
    raise StopIteration

print(list(iter(stops, 1)))

class Seq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i

print(list(Seq()))
print(list(zip(map(f, [1, 3, 5]), "abc")))

# Other exceptions still propagate.
def g(x):
    raise ValueError(x)

try:
    list(map(g, [7]))
except ValueError as e:
    print("ValueError", e)
print(list(map(f, [3])) + list(filter(keep, [])))
list(filter(lambda x: 1 // x, [1, 0]))
