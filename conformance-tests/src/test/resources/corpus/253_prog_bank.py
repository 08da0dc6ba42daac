# Bank simulation: classes, inheritance, custom exceptions, properties, class methods
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.shortfall = amount - account.balance

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1000
    rate = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.frozen = False
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        if interest:
            self.balance += interest
            self.history.append(("int", interest))
    @classmethod
    def open(cls, owner, initial):
        acct = cls(owner)
        acct.deposit(initial)
        return acct
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:.2f})"
    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self.balance:>10,.2f}"

class Savings(Account):
    rate = 0.02
    limit = 2
    def withdraw(self, amount):
        n = sum(1 for kind, _ in self.history if kind == "wd")
        if n >= self.limit:
            raise BankError(f"withdrawal limit {self.limit} reached")
        return super().withdraw(amount)

class Checking(Account):
    overdraft = 100
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

class Bank:
    def __init__(self):
        self.accounts = {}
    def add(self, acct):
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
        except BankError as e:
            raise BankError(f"transfer {src}->{dst} failed") from e
        b.deposit(amount)
    def __iter__(self):
        return iter(sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)))
    def __len__(self):
        return len(self.accounts)

bank = Bank()
alice = bank.add(Savings.open("alice", 500))
bob = bank.add(Checking.open("bob", 50))
carol = bank.add(Account.open("carol", 1200.5))
ops = [(bank.transfer, alice.id, bob.id, 100), (bank.transfer, bob.id, carol.id, 200),
       (bank.transfer, bob.id, carol.id, 1), (bank.transfer, alice.id, carol.id, 50),
       (bank.transfer, alice.id, bob.id, 10), (bob.deposit, -5), (carol.withdraw, 5000),
       (bank.transfer, 1, 2, 3)]
for fn, *args in ops:
    try:
        fn(*args)
        print("ok", fn.__name__, args)
    except InsufficientFunds as e:
        print("insufficient:", e, f"short={e.shortfall:.2f}")
    except BankError as e:
        cause = e.__cause__
        print("bank error:", e, "| cause:", type(cause).__name__ if cause else None, cause)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
carol.frozen = True
try:
    carol.deposit(1)
except AccountFrozen as e:
    print("frozen:", e, isinstance(e, BankError))
for acct in bank:
    acct.month_end()
for acct in bank:
    print(acct, repr(acct), acct.history)
print(len(bank), [type(a).__mro__[1].__name__ for a in bank])
try:
    alice.balance = -1
except ValueError as e:
    print("setter:", e)
print(issubclass(InsufficientFunds, BankError), Savings.rate, Checking.rate)
