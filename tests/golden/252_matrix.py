# A Matrix class with operators, determinant, inverse using exact fractions built by hand.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def _c(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = self._c(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
        if any(len(r) != self.m for r in rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError(f"shape mismatch {self.n}x{self.m} * {o.n}x{o.m}")
            return Matrix([[sum((self.rows[i][k] * o.rows[k][j] for k in range(self.m)), Frac(0))
                            for j in range(o.m)] for i in range(self.n)])
        return Matrix([[x * o for x in r] for r in self.rows])
    __rmul__ = __mul__
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n != self.m:
            raise ValueError("not square")
        a = [row[:] for row in self.rows]
        det = Frac(1)
        for c in range(self.n):
            p = next((r for r in range(c, self.n) if a[r][c] != Frac(0)), None)
            if p is None:
                return Frac(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                det = -det
            det = det * a[c][c]
            for r in range(c + 1, self.n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det
    def inverse(self):
        n = self.n
        a = [row[:] + [Frac(1) if i == j else Frac(0) for j in range(n)] for i, row in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != Frac(0)), None)
            if p is None:
                raise ValueError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([row[n:] for row in a])
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "[" + "; ".join(" ".join(map(repr, r)) for r in self.rows) + "]"
A = Matrix([[2, 1], [7, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(A, B, A.transpose(), B.transpose())
print(A * B, A + A, 3 * A, A * Frac(1, 2))
print(A.det(), Matrix([[1, 2], [2, 4]]).det(), Matrix([[6, 1, 1], [4, -2, 5], [2, 8, 7]]).det())
inv = A.inverse()
print(inv, A * inv == Matrix.identity(2), inv * A)
C = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
print(C.inverse(), C * C.inverse() == Matrix.identity(3), C.det())
H = Matrix([[Frac(1, i + j + 1) for j in range(3)] for i in range(3)])
print(H, H.det(), H.inverse())
for bad in [lambda: B * B, lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: B.det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(A[0, 1], A[1, 0], Frac(6, -4), Frac(0, 5), Frac(3, 9) + Frac(1, 6))
