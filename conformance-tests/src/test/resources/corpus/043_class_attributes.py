# Class attributes versus instance attributes; class attributes changed mid-run.
class Config:
    level = 1
    names = []
    def get_level(self):
        return self.level
a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level, Config.level, b.get_level())
del a.level
print(a.level)
a.names.append("shared")
print(b.names, Config.names)
b.names = ["own"]
print(b.names, a.names)
class Sub(Config):
    pass
s = Sub()
print(s.level)
Config.level = 20
print(s.level, Sub.level)
Sub.level = 30
print(s.level, Config.level)
Config.new_attr = "added later"
print(s.new_attr, a.new_attr)
def extra(self):
    return "extra method on " + type(self).__name__
Config.extra = extra
print(s.extra(), a.extra())
for i in range(3):
    Config.level = i
    print("loop", a.get_level(), s.get_level())
class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
Counted(); Counted(); Counted()
print(Counted.instances)
