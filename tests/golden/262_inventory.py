# An inventory system: classes, dict bookkeeping, reports with formatting, error handling.
class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, sku, name, price_cents, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price_cents, qty
        self.tags = sorted(set(tags))
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.history = []
    def add(self, item):
        if item.sku in self.items:
            raise ValueError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
        self.history.append(("restock", sku, n))
    def sell(self, sku, n):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < n:
            raise OutOfStock(f"{item.name}: wanted {n}, have {item.qty}")
        item.qty -= n
        self.history.append(("sell", sku, n))
        return n * item.price
    def by_tag(self):
        out = {}
        for item in self.items.values():
            for t in item.tags:
                out.setdefault(t, []).append(item.sku)
        return {t: sorted(v) for t, v in sorted(out.items())}
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Price':>9}{'Qty':>6}{'Value':>11}"]
        for item in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append(f"{item.sku:<6}{item.name:<14}{item.price / 100:>9.2f}{item.qty:>6}{item.value / 100:>11,.2f}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'TOTAL':<35}{total / 100:>11,.2f}")
        return "\n".join(lines)
inv = Inventory()
for args in [("A1", "widget", 250, 100, ["tools", "small"]), ("B2", "gadget", 1999, 5, ["tools"]),
             ("C3", "doohickey", 75, 0, ["misc", "small"]), ("D4", "thingamajig", 123456, 2, [])]:
    inv.add(Item(*args))
try:
    inv.add(Item("A1", "dup", 1))
except ValueError as e:
    print("ValueError:", e)
print(inv.report())
revenue = 0
for sku, n in [("A1", 30), ("B2", 6), ("C3", 1), ("Z9", 1), ("B2", 5), ("D4", 1)]:
    try:
        got = inv.sell(sku, n)
        revenue += got
        print(f"sold {n} x {sku} for {got / 100:.2f}")
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
inv.restock("C3", 40)
print(inv.report())
print(f"revenue {revenue / 100:,.2f}", inv.history)
print(inv.by_tag())
low = [i.name for i in inv.items.values() if i.qty < 10]
print("low stock:", low)
