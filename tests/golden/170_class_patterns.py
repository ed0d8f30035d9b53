# Common class patterns: fluent builders, registries via class attributes, equality by value, ordering.
class QueryBuilder:
    def __init__(self, table):
        self.table = table
        self.conds = []
        self.order = None
        self.lim = None
    def where(self, cond):
        self.conds.append(cond)
        return self
    def order_by(self, col):
        self.order = col
        return self
    def limit(self, n):
        self.lim = n
        return self
    def build(self):
        q = f"SELECT * FROM {self.table}"
        if self.conds:
            q += " WHERE " + " AND ".join(self.conds)
        if self.order:
            q += f" ORDER BY {self.order}"
        if self.lim is not None:
            q += f" LIMIT {self.lim}"
        return q
print(QueryBuilder("users").where("age > 18").where("active = 1").order_by("name").limit(10).build())
print(QueryBuilder("t").build())
class Plugin:
    registry = {}
    name = None
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.name:
            Plugin.registry[cls.name] = cls
class CSVPlugin(Plugin):
    name = "csv"
    def load(self):
        return "loading csv"
class JSONPlugin(Plugin):
    name = "json"
    def load(self):
        return "loading json"
class Helper(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["json"]().load())
class Card:
    RANKS = "23456789TJQKA"
    SUITS = "cdhs"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    @property
    def value(self):
        return self.RANKS.index(self.rank)
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __lt__(self, other):
        return (self.value, self.suit) < (other.value, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(t) for t in "Ah Tc 2d Kh Ts 2c".split()]
print(sorted(hand), max(hand), min(hand), Card("Ah") in hand, len(set(hand + [Card("Ah")])))
by_rank = {}
for c in hand:
    by_rank.setdefault(c.rank, []).append(c)
print({r: cs for r, cs in by_rank.items() if len(cs) > 1})
class Observable:
    def __init__(self):
        self._observers = []
        self._value = None
    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        old, self._value = self._value, v
        for fn in list(self._observers):
            fn(old, v)
obs = Observable()
log = []
unsub = obs.subscribe(lambda o, n: log.append(f"A:{o}->{n}"))
obs.subscribe(lambda o, n: log.append(f"B:{o}->{n}"))
obs.value = 1
unsub()
obs.value = 2
print(log)
