# Valid: augmented assignment with every operator and every kind of target.
x = 10
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 7
x **= 2
x = int(x)
x >>= 1
x <<= 3
x &= 0xFF
x |= 0x100
x ^= 0b1010
class Matrix:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Matrix(self.v * other.v)
    def __imatmul__(self, other):
        self.v *= other.v
        return self
m = Matrix(2)
m @= Matrix(3)
m.v += 1
m.v **= 2
d = {"k": 1}
d["k"] += 5
d["k"] //= 2
lst = [1, 2, 3]
lst[0] <<= 2
lst[-1] >>= 1
lst += [4]
lst *= 2
s = "ab"
s += "cd"
s *= 3
x+=1;x-=1
x  +=  (1 +
        2)
