# Realistic: concurrent transfers between accounts, each account with its own lock
# (acquired in a fixed order to avoid deadlock). Transfers commute, so the final
# balances do not depend on scheduling; the total is conserved.
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()
        self.history = 0


accounts = [Account(k, 1000) for k in range(6)]


def transfer(src, dst, amount):
    first, second = (src, dst) if src.number < dst.number else (dst, src)
    with first.lock:
        with second.lock:
            src.balance -= amount
            dst.balance += amount
            src.history += 1
            dst.history += 1


def clerk(k):
    for i in range(300):
        a = accounts[(k + i) % 6]
        b = accounts[(k * 7 + i * 5 + 1) % 6]
        if a is not b:
            transfer(a, b, (k * 31 + i * 17) % 50 + 1)


clerks = [threading.Thread(target=clerk, args=(k,)) for k in range(5)]
for t in clerks:
    t.start()
for t in clerks:
    t.join()
for a in accounts:
    print(a.number, a.balance, a.history)
print("total", sum(a.balance for a in accounts))
print("all unlocked", not any(a.lock.locked() for a in accounts))
