# @property, @staticmethod, @classmethod.
class Temperature:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32
    @classmethod
    def freezing(cls):
        return cls(0)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.convert(20), t.convert(30))
f = Temperature.freezing()
print(type(f).__name__, f.celsius)
class Kelvin(Temperature):
    scale = "K"
print(Kelvin.describe(), Temperature.describe(), type(Kelvin.freezing()).__name__)
print(Kelvin(5).describe())
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
z = Lazy()
print(z.value, z.value, z.calls)
