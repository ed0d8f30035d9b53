# Valid program: a small class hierarchy with abstract methods, properties, super() and dunders.
import math


class Shape:
    """Base class for shapes."""

    count = 0

    def __init__(self, name: str) -> None:
        self.name = name
        Shape.count += 1

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self) -> float:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} {self.name!r}>"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        super().__init__("circle")
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.radius


class Rectangle(Shape):
    def __init__(self, width: float, height: float, *, name: str = "rectangle") -> None:
        super().__init__(name)
        self.width, self.height = width, height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    @property
    def is_square(self) -> bool:
        return self.width == self.height


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        super().__init__(side, side, name="square")

    @classmethod
    def unit(cls) -> "Square":
        return cls(1)


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float) -> None:
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"not a triangle: {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self) -> float:
        return sum(self.sides)

    def area(self) -> float:
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


def main() -> None:
    shapes: list[Shape] = [Circle(1.5), Rectangle(2, 3), Square.unit(), Triangle(3, 4, 5)]
    for shape in sorted(shapes):
        print(shape.describe())
    largest = max(shapes, key=lambda s: s.area())
    print("largest:", repr(largest))
    squares = [s for s in shapes if isinstance(s, Rectangle) and s.is_square]
    print(f"{len(squares)} square(s) out of {Shape.count} shapes")
    try:
        Triangle(1, 1, 5)
    except ValueError as exc:
        print("error:", exc)


if __name__ == "__main__":
    main()
