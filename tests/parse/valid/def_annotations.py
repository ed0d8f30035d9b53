# Valid: parameter and return annotations of every kind, including string annotations.
def f(a: int, b: str = "x", *args: float, k: bool = False, **kw: object) -> None:
    pass
def g(a: "list[int]", /, b: dict[str, int] = {}) -> "tuple[int, ...]":
    return ()
def h() -> int:
    return 1
def i(*, x: int, y: int | None = None) -> int | None:
    return x
def j(callback: "Callable[[int], None]") -> list[tuple[int, str]]:
    return []
def k(x: (1 + 2), y: [1, 2]) -> {1: 2}:
    pass
def l(x: lambda: 0 = None) -> (lambda: 1):
    pass
def m(*args: int, **kwargs: str) -> dict:
    return kwargs
async def n(x: int) -> int:
    return x
class C:
    def method(self: "C", other: "C") -> "C":
        return self
lam = lambda x, y=1: x
