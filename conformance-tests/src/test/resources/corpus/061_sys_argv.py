# sys.argv: argv[0] is the script path as given on the command line.
import sys
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
print(len(sys.argv))
print(sys.argv[0].endswith("061_sys_argv.py"))
print(type(sys.argv).__name__, sys.argv[1:])
print(sys.argv[0].startswith("/"))
print(sys.argv[0].split("/")[-1])
