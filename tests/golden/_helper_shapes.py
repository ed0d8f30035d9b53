"""Helper module for the golden import tests (not a test program itself)."""
print("  [_helper_shapes imported, __name__ =", __name__ + "]")

PI_ISH = 3.14
_private = "underscore names are skipped by star-imports"
__all__ = ["Square", "area_of", "PI_ISH", "describe"]

load_count = 0
load_count += 1


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return f"Square({self.side})"


def area_of(shape):
    return shape.area()


def describe():
    return f"module {__name__} with {len(__all__)} public names"


def not_exported():
    return "only reachable as _helper_shapes.not_exported"


if __name__ == "__main__":
    print("this never runs when imported")
