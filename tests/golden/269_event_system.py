# An event bus with priorities, one-shot handlers, errors isolated per handler, and wildcard topics.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.seq = 0
        self.errors = []
    def on(self, topic, priority=0, once=False):
        def deco(fn):
            self.seq += 1
            self.handlers.setdefault(topic, []).append([-priority, self.seq, fn, once])
            self.handlers[topic].sort(key=lambda h: (h[0], h[1]))
            return fn
        return deco
    def emit(self, topic, **payload):
        matched = []
        for pattern, hs in self.handlers.items():
            if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])):
                matched.extend((pattern, h) for h in hs)
        matched.sort(key=lambda ph: (ph[1][0], ph[1][1]))
        results = []
        for pattern, h in matched:
            fn, once = h[2], h[3]
            try:
                results.append(fn(topic, **payload))
            except Exception as e:
                self.errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
            if once:
                self.handlers[pattern].remove(h)
        return results
bus = EventBus()
@bus.on("user.created")
def welcome(topic, name, **kw):
    return f"welcome {name}"
@bus.on("user.created", priority=10)
def audit(topic, **kw):
    return f"audit {topic} {sorted(kw)}"
@bus.on("user.*", priority=5)
def wildcard(topic, **kw):
    return f"wildcard saw {topic}"
@bus.on("user.deleted", once=True)
def goodbye(topic, name, **kw):
    return f"goodbye {name}"
@bus.on("user.deleted")
def fails(topic, **kw):
    return kw["missing"]
print(bus.emit("user.created", name="ann", admin=False))
print(bus.emit("user.deleted", name="ann"))
print(bus.emit("user.deleted", name="bob"))
print(bus.emit("order.placed", id=1))
print(bus.emit("user.updated"))
print(bus.errors)
print({k: [h[2].__name__ for h in v] for k, v in bus.handlers.items()})
