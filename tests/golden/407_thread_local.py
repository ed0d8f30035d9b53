# threading.local: attributes are per thread; a subclass's __init__ runs once per thread.
import threading

data = threading.local()
data.x = "main value"
out = []


def worker(k):
    out.append((k, hasattr(data, "x")))
    data.x = k * 100
    data.items = [k]
    data.items.append(k + 1)
    out.append((k, data.x, data.items))
    try:
        del data.missing
    except AttributeError as e:
        out.append((k, "AttributeError"))


for k in range(3):
    t = threading.Thread(target=worker, args=(k,))
    t.start()
    t.join()
for o in out:
    print(o)
print(data.x, hasattr(data, "items"))


class Config(threading.local):
    created = 0

    def __init__(self, level):
        Config.created += 1
        self.level = level

    def up(self):
        self.level += 1
        return self.level


cfg = Config(5)
print(cfg.up(), cfg.up())
res = []


def use():
    res.append(cfg.up())
    res.append(cfg.up())


for _ in range(2):
    t = threading.Thread(target=use)
    t.start()
    t.join()
print(res, cfg.level, Config.created)
print(isinstance(cfg, threading.local))
