# sys.exit(3): exit status 3, nothing on stderr.
import sys
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
def main():
    print("working")
    return 3
status = main()
print("exiting with", status)
sys.exit(status)
print("not printed")
