# A bank account simulation with custom exceptions, transaction log and interest.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return f"{self.account.owner}: cannot withdraw {self.amount}, balance is {self.account.balance}"
class AccountFrozen(Exception):
    pass
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.log = []
        self.number = Account.next_number
        Account.next_number += 1
    def _check(self, amount):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if not isinstance(amount, int) or amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.log.append(("deposit", amount, self.balance))
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount, self.balance))
    def __repr__(self):
        return f"<Account {self.number} {self.owner} balance={self.balance}>"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent
    def add_interest(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, rate_percent=5)
carol = bank.open(Account, "carol")
print(alice, bob, carol, bank.total())
operations = [
    ("deposit", alice, 50), ("withdraw", alice, 500), ("withdraw", bob, 200), ("deposit", carol, -5),
    ("deposit", carol, 2.5), ("withdraw", carol, 1), ("deposit", carol, 75),
]
for op, acct, amount in operations:
    try:
        getattr(acct, op)(amount)
        print(f"ok   {op:8} {amount!r:>5} -> {acct}")
    except (InsufficientFunds, ValueError) as e:
        print(f"fail {op:8} {amount!r:>5} -> {type(e).__name__}: {e}")
print("interest:", bob.add_interest(), bob.add_interest(), bob)
bank.transfer(bob.number, alice.number, 300)
print(alice, bob)
carol.frozen = True
try:
    bank.transfer(alice.number, carol.number, 10)
except AccountFrozen as e:
    print("AccountFrozen:", e)
print(alice, carol, bank.total())
try:
    bank.transfer(1000, 9999, 1)
except KeyError as e:
    print("KeyError: no account", e)
for acct in bank.accounts.values():
    print(acct.owner, acct.log)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
