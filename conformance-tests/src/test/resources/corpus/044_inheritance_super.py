# Single inheritance, overriding, super().
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return self.name + " the " + self.kind + " says " + self.speak()
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!" * self.age
    def intro(self):
        return "(puppy) " + super().intro()
animals = [Animal("generic"), Dog("Rex"), Puppy("Bit", 3)]
for a in animals:
    print(a.intro())
p = animals[2]
print(p.name, p.age, p.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(animals[1], Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog))
class Base:
    def __init__(self):
        self.log = ["Base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
print(Leaf().log)
class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Shape().describe(), Square(3).describe())
print(Puppy.__name__, type(p).__name__)
