# A small object-oriented program with custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.05
accts = [Account("ann", 100), Savings("bob", 1000)]
ops = [(0, "deposit", 50), (1, "withdraw", 200), (0, "withdraw", 500), (1, "deposit", -5), (0, "withdraw", 150)]
for idx, op, amt in ops:
    a = accts[idx]
    try:
        getattr(a, op)(amt)
        print("ok", op, amt, "->", a)
    except InsufficientFunds as e:
        print("refused:", e, "| needed", e.needed)
    except ValueError as e:
        print("invalid:", e)
for a in accts:
    a.add_interest()
    print(a, a.history)
print(sum(a.balance for a in accts))
