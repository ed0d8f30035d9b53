# Valid program: a small matrix class with operator overloading, including @ and @=.
from functools import reduce
from numbers import Number


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if not isinstance(k, Number):
            return NotImplemented
        return Matrix([[k * x for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, k):
        return reduce(lambda acc, _: acc @ self, range(k), Matrix.identity(self.n))

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        lines = ("[" + " ".join(f"{x:>{width}}" for x in row) + "]" for row in self.rows)
        return "\n".join(lines)


if __name__ == "__main__":
    fib = Matrix([[1, 1], [1, 0]])
    print(fib ** 10)
    a = Matrix([[1, 2], [3, 4]])
    a @= Matrix.identity(2)
    a[0, 0] = 9
    print(2 * a + a.transpose() == a.transpose() + a * 2)
