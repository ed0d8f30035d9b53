# Valid program: a lazy generator pipeline with yield from, send(), and generator expressions.
from itertools import islice


def numbers(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def filtered(pred, iterable):
    yield from (x for x in iterable if pred(x))


def mapped(fn, iterable):
    for x in iterable:
        yield fn(x)


def chunked(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return average


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def primes():
    found = []
    for n in numbers(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def pipeline():
    evens = filtered(lambda x: x % 2 == 0, numbers())
    squares = mapped(lambda x: x * x, evens)
    return list(chunked(take(10, squares), 3))


if __name__ == "__main__":
    print(pipeline())
    avg = running_average()
    next(avg)
    for v in [10, 20, 30]:
        print(avg.send(v))
    print(list(flatten([1, [2, [3, (4, 5)]], 6])))
    print(list(islice(primes(), 10)))
    print(sum(x for x in take(100, numbers()) if x % 3 == 0))
