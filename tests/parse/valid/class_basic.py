# Valid: class definitions: empty, with methods, class attributes, nested classes, docstrings.
class Empty:
    pass
class Parens():
    pass
class WithDoc:
    """Docstring."""
class Counter:
    """Counts things."""
    total = 0
    def __init__(self, start=0):
        self.value = start
        Counter.total += 1
    def incr(self, by=1):
        self.value += by
        return self
    def __repr__(self):
        return f"Counter({self.value})"
    class Inner:
        depth = 1
        class Deeper:
            depth = 2
c = Counter(5).incr().incr(2)
class OneLine: x = 1; y = 2
class Ellipsis_: ...
