# A finite state machine for a vending machine and a regex-like matcher built on states.
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []
    def _go(self, new):
        self.log.append(f"{self.state}->{new}")
        self.state = new
    def insert(self, cents):
        if cents not in (5, 10, 25, 100):
            raise ValueError(f"rejected coin {cents}")
        self.credit += cents
        if self.state == "idle":
            self._go("has_credit")
        return self.credit
    def select(self, product):
        if self.state == "idle":
            return "insert coins first"
        price = self.PRICES.get(product)
        if price is None:
            return f"unknown product {product}"
        if self.credit < price:
            return f"need {price - self.credit} more"
        change = self.credit - price
        self.credit = 0
        self._go("vending")
        self._go("idle")
        return f"vend {product}, change {self.make_change(change)}"
    def cancel(self):
        refund, self.credit = self.credit, 0
        if self.state != "idle":
            self._go("idle")
        return refund
    @staticmethod
    def make_change(amount):
        coins = []
        for c in (100, 25, 10, 5):
            n, amount = divmod(amount, c)
            coins += [c] * n
        return coins
vm = VendingMachine()
print(vm.select("cola"))
for coin in (100, 25, 3, 10):
    try:
        print("credit", vm.insert(coin))
    except ValueError as e:
        print("ValueError:", e)
print(vm.select("cola"), "|", vm.select("water"), "|", vm.select("chips"))
vm.insert(25)
print("refund", vm.cancel(), vm.state, vm.cancel())
for c in (100, 100):
    vm.insert(c)
print(vm.select("candy"))
print(vm.log)
def match(pattern, text):
    states = {0}
    def closure(sts):
        out = set(sts)
        changed = True
        while changed:
            changed = False
            for s in list(out):
                if s + 1 < len(pattern) and pattern[s + 1] == "*" and s + 2 not in out:
                    out.add(s + 2)
                    changed = True
        return out
    states = closure(states)
    for ch in text:
        nxt = set()
        for s in states:
            if s < len(pattern) and pattern[s] in (ch, "."):
                if s + 1 < len(pattern) and pattern[s + 1] == "*":
                    nxt.add(s)
                else:
                    nxt.add(s + 1)
        states = closure(nxt)
        if not states:
            return False
    return len(pattern) in states
tests = [("a*b", "aaab"), ("a*b", "b"), ("a*b", "aaa"), (".*", ""), ("c.t", "cat"), ("c.t", "cart"),
         ("ab*c*d", "ad"), ("ab*c*d", "abbbccd"), ("x*y*z*", ""), ("a.c*", "abccc"), ("a.c*", "ab")]
for p, t in tests:
    print(f"{p!r:10} {t!r:10} {match(p, t)}")
