# send(): coroutines that accumulate, running averages, and send protocol errors.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(next(a))
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
print(acc.send(None), acc.send(5), acc.send(10), acc.send(-3))
fresh = accumulate()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
def tokens():
    buf = ""
    out = []
    while True:
        ch = yield out
        out = []
        if ch == " ":
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
t = tokens()
next(t)
words = []
for ch in "send drives this tokenizer ":
    words.extend(t.send(ch))
print(words)
def gen_state():
    print("  state: started")
    x = yield 1
    print("  state: got", x)
    y = yield x * 2
    print("  state: got", y)
    return x + y
gs = gen_state()
print(gs.send(None))
print(gs.send(7))
try:
    gs.send(8)
except StopIteration as e:
    print("returned", e.value)
try:
    gs.send(9)
except StopIteration as e:
    print("again:", e.value, e.args)
def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
