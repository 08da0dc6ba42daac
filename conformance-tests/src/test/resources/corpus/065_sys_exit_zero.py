# sys.exit(0) stops the program with status 0; finally blocks still run.
import sys
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print("before exit")
try:
    sys.exit(0)
finally:
    print("finally runs during exit")
print("not printed")
