# Valid: annotated assignment, with and without values, simple and complex targets.
count: int = 0
name: str
ratio: float = 0.5
pairs: list[tuple[int, str]] = []
mapping: dict[str, "list[int]"] = {}
maybe: "int | None" = None
callback: "Callable[[int], str]"
(paren): int = 3
class Point:
    x: int
    y: int = 0
    label: str = "origin"
    def __init__(self):
        self.x: int = 1
        self.y: int
        self.tags: list = []
p = Point()
arr = [0, 0]
arr[0]: int = 5
arr[1]: int
p.x: int = 7
t: tuple = 1, 2
def f():
    local: int = 1
    other: str
    return local
u: int = (yield_value := 3)
