# Classes: __init__, methods, instance vs class attributes, __dict__, bound methods.
class Point:
    """A 2D point."""
    dims = 2
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = Point(1)
print(p, q, p.norm2(), p.moved(1, 1), Point.count, p.dims, Point.dims)
print(p.__dict__, q.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__, Point.__doc__)
p.dims = 3
print(p.dims, q.dims, Point.dims, p.__dict__)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, q.dims)
m = p.norm2
print(m(), Point.norm2(p), type(m).__name__, m.__self__ is p, m.__func__ is Point.norm2)
p.x = 6
print(m())
p.color = "red"
print(p.color, hasattr(q, "color"), getattr(q, "color", "none"))
class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__dict__, Empty.__name__, isinstance(e, object))
e.anything = 1
print(e.__dict__)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
        return self
c = Counter().incr().incr().incr()
print(c.n)
class WithClassList:
    shared = []
    def add(self, v):
        self.shared.append(v)
a1, a2 = WithClassList(), WithClassList()
a1.add(1)
a2.add(2)
print(a1.shared, a2.shared, WithClassList.shared, a1.shared is a2.shared)
print(Point(0, 0) == Point(0, 0), Point(0, 0) != Point(0, 0), p == p)
