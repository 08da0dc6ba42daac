# Resource cleanup that itself fails: the final traceback shows both exceptions joined by
# "During handling of the above exception, another exception occurred".
import sys

class Resource:
    open_count = 0
    def __init__(self, name, fail_close=False):
        self.name, self.fail_close = name, fail_close
    def __enter__(self):
        Resource.open_count += 1
        print(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        Resource.open_count -= 1
        print(f"close {self.name} (error: {et.__name__ if et else None})")
        if self.fail_close:
            raise OSError(f"cannot close {self.name}")
        return False

def process(records):
    total = 0
    with Resource("db") as db, Resource("log", fail_close=True):
        for r in records:
            total += r["amount"]
    return total

try:
    print(process([{"amount": 1}]))
except OSError as e:
    print("close failed:", e, "| context:", e.__context__)
print("open resources:", Resource.open_count)
sys.stdout.flush()
process([{"amount": 5}, {"amt": 7}])
