# Uncaught ValueError raised from __init__ while building objects in a comprehension.
import math
class Circle:
    count = 0
    def __init__(self, r):
        if r < 0:
            raise ValueError(f"negative radius: {r}")
        self.r = r
        Circle.count += 1
    def area(self):
        return round(math.pi * self.r ** 2, 3)
    def __repr__(self):
        return f"Circle({self.r})"
good = [Circle(r) for r in (1, 2, 0.5)]
print(good, [c.area() for c in good], Circle.count)
radii = [3, 1, -2, 4]
print("building", radii)
more = [Circle(r) for r in radii]
print("not reached", more)
