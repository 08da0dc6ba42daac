from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        """The area."""
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
c.area = 5; print(c.area)
print(Circle.area.__doc__, type(Circle.area).__name__, Circle.area.attrname)
