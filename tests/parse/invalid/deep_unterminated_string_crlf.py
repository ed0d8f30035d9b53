# Invalid: a realistic program whose only error is a string never closed (line 28).
import math


class Vector:
    """A 2-D vector."""

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm(self):
        return math.sqrt(self.dot(self))

    def __repr__(self):
        return f"Vector({self.x}, {self.y})


def centroid(points):
    total = Vector(0, 0)
    for p in points:
        total = total + p
    return total * (1 / len(points))


def farthest(points, origin):
    best, best_d = None, -1.0
    for p in points:
        d = (p - origin).norm()
        if d > best_d:
            best, best_d = p, d
    return best


if __name__ == "__main__":
    pts = [Vector(1, 2), Vector(3, 4), Vector(-1, 0)]
    print(centroid(pts), farthest(pts, Vector(0, 0)))
