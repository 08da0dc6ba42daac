# Uncaught TypeError for a wrong number of arguments to a method.
def banner(title):
    line = "=" * len(title)
    return line + "\n" + title + "\n" + line
print(banner("setup"))
values = [n * n for n in range(5)]
print("values:", values, "sum:", sum(values))
class Greeter:
    def greet(self, name):
        return "hello " + name
g = Greeter()
print(g.greet("ann"))
print(g.greet("bob", "extra"))
