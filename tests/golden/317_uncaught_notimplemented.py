# Uncaught NotImplementedError from an abstract-style method.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area() is not implemented")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circle(Shape):
    def __init__(self, r):
        self.r = r
shapes = [Square(2), Square(5), Circle(1)]
for s in shapes:
    print(s.describe())
print("not reached")
