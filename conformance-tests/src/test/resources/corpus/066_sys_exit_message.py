# sys.exit with a string prints it to stderr and exits with status 1.
import sys
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
print("still running")
sys.exit("fatal: something went wrong")
