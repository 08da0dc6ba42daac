# Name resolution: locals, enclosing, globals, builtins and shadowing.
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(f(), g(), h(), x)
def uses_builtin():
    return len("four")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("x")
print(shadow_builtin(), len("x"))
class K:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(K().method())
y = 1
def read_then_assign():
    try:
        print(y)
        y = 2
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_then_assign()
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
z = [1, 2]
def mutate():
    z.append(3)
mutate()
print(z)
def params_are_local(x):
    x = x * 2
    return x
print(params_are_local(5), x)
