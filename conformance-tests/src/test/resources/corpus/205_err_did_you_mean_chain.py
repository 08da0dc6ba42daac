# "Did you mean: ...?" suggestions on every exception of a printed chain:
# attribute typos (instance, type, str method, module), name typos (local,
# global, builtin), and no suggestion for a subclass or a far-off name.
import sys


class Account:
    interest_rate = 2

    def __init__(self):
        self.balance = 100


def step_attr():
    acct = Account()
    return acct.balanse


def step_type():
    return Account.interest_rat


def step_local():
    total_count = 3
    return total_cuont


def step_builtin():
    return lenght([1, 2])


try:
    step_attr()
except AttributeError as e:
    print("caught:", e, "| name:", e.name)
    try:
        step_type()
    except AttributeError:
        try:
            "text".uper()
        except AttributeError:
            try:
                sys.exitt
            except AttributeError:
                try:
                    step_local()
                except NameError as n:
                    print("caught:", n, "| name:", n.name)
                    try:
                        step_builtin()
                    except NameError:
                        try:
                            zzzzzz
                        except NameError:
                            prnt("end")
