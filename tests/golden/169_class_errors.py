# Errors around classes: wrong arity, missing self, abstract-like patterns, attribute errors.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
    def no_self():
        return "called without self"
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
acct = Account("ann", 10)
attempt("Account()", lambda: Account())
attempt("Account(1,2,3)", lambda: Account(1, 2, 3))
attempt("Account(owner=1, bad=2)", lambda: Account(owner=1, bad=2))
attempt("acct.deposit()", lambda: acct.deposit())
attempt("acct.deposit(-5)", lambda: acct.deposit(-5))
attempt("acct.no_self()", lambda: acct.no_self())
attempt("Account.no_self()", lambda: Account.no_self())
attempt("Account.deposit(5)", lambda: Account.deposit(5))
attempt("acct.missing", lambda: acct.missing)
attempt("acct.missing()", lambda: acct.missing())
attempt("Account.balance", lambda: Account.balance)
attempt("acct()", lambda: acct())
attempt("acct + 1", lambda: acct + 1)
attempt("acct[0]", lambda: acct[0])
attempt("len(acct)", lambda: len(acct))
attempt("iter(acct)", lambda: iter(acct))
attempt("int(acct)", lambda: int(acct))
attempt("float(acct)", lambda: float(acct))
attempt("acct < acct", lambda: acct < acct)
attempt("-acct", lambda: -acct)
attempt("del acct.nothing", lambda: delattr(acct, "nothing"))
attempt("type('X', (), {})().x", lambda: type("X", (), {})().x)
attempt("object.__init__ extra", lambda: object(1))
class NoInit:
    pass
attempt("NoInit(1)", lambda: NoInit(1))
class Abstract:
    def run(self):
        return self.step()
attempt("Abstract().run()", lambda: Abstract().run())
attempt("int.no_such", lambda: int.no_such)
attempt("(5).__class__.__name__", lambda: (5).__class__.__name__)
attempt("str.upper()", lambda: str.upper())
attempt("list.append([], 1, 2)", lambda: list.append([], 1, 2))
print(acct.balance, acct.owner)
