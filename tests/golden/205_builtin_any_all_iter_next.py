# any/all, iter with sentinel, next with default, iterators over builtins.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(iter([0, 0, 1])), all(x < 5 for x in range(5)))
print(any("abc"), all(""), any([[]]), all([[]]), any({0: 1}), all({1: 0}))
data = iter([3, 7, 0, 9, 1])
print(next(data), next(data), list(iter(lambda: next(data), 0)), list(data))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 5)), calls)
lines = iter(["first", "second", "STOP", "after"])
print(list(iter(lines.__next__, "STOP")), next(lines))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised with no default")
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
for obj in ["ab", [1], (2,), {3: 4}, {5}, range(1), b"z", {6: 7}.items(), enumerate("q"), zip("a", "b")]:
    i = iter(obj)
    print(type(i).__name__, next(i), iter(i) is i)
s = iter("xyz")
for ch in s:
    if ch == "x":
        print("skipping", next(s))
    else:
        print("got", ch)
