# Exceptions raised inside generators, comprehensions and loops.
def gen():
    yield 1
    raise ValueError("from generator")
out = []
try:
    for v in gen():
        out.append(v)
except ValueError as e:
    print("loop stopped:", e, out)
try:
    [1 / x for x in [1, 2, 0, 4]]
except ZeroDivisionError as e:
    print("comprehension:", e)
try:
    {k: {}[k] for k in "a"}
except KeyError as e:
    print("dict comprehension:", e)
def gen_handles():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(gen_handles()))
def careful():
    try:
        yield "start"
        yield 1 / 0
    except ZeroDivisionError:
        yield "caught in gen"
    finally:
        print("  careful finally")
print(list(careful()))
results = []
for item in [3, "x", 5, None, 7]:
    try:
        results.append(item * 2 + 1)
    except TypeError as e:
        results.append(type(e).__name__)
        continue
    finally:
        results.append("|")
print(results)
def first_error(items):
    for i, item in enumerate(items):
        try:
            int(item)
        except ValueError:
            return i
    return None
print(first_error(["1", "2", "x3", "y"]), first_error([]))
it = iter([1, 2, 3])
total = 0
while True:
    try:
        total += next(it)
    except StopIteration:
        break
print("total", total)
def chained_gens():
    def a():
        yield from b()
    def b():
        yield "b1"
        raise KeyError("deep in b")
    return a()
cg = chained_gens()
print(next(cg))
try:
    next(cg)
except KeyError as e:
    print("KeyError from nested yield from:", e)
print(next(cg, "exhausted after error"))
