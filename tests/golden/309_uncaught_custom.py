# Uncaught user-defined exception with custom __init__ and __str__.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"balance {self.balance} is less than requested {self.amount}"
class Wallet:
    def __init__(self, balance):
        self.balance = balance
    def spend(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        print(f"spent {amount}, left {self.balance}")
w = Wallet(50)
for amount in (10, 25, 10, 20):
    w.spend(amount)
print("not reached")
