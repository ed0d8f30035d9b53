# Uncaught AssertionError with a formatted message.
def withdraw(balance, amount):
    assert amount > 0, f"amount must be positive, got {amount}"
    assert amount <= balance, f"cannot withdraw {amount} from balance {balance}"
    return balance - amount
b = 100
for amt in (10, 20, 30):
    b = withdraw(b, amt)
    print("balance now", b)
try:
    withdraw(b, -1)
except AssertionError as e:
    print("caught:", e)
b = withdraw(b, 50)
print("not reached", b)
