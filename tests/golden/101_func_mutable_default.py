# The mutable default argument pitfall and its fix.
def append_bad(item, target=[]):
    target.append(item)
    return target
print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))
r1 = append_bad(5)
r2 = append_bad(6)
print(r1 is r2, r1)
def append_good(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_good(1), append_good(2), append_good(3, [0]))
def counter(memo={}):
    memo["n"] = memo.get("n", 0) + 1
    return memo["n"]
print(counter(), counter(), counter({}), counter())
def fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(50), fib(90), len(fib.__defaults__[0]))
print(append_bad.__defaults__, append_good.__defaults__)
def make_default():
    print("default evaluated")
    return 42
def uses(x=make_default()):
    return x
print("after def")
print(uses(), uses(1), uses())
