# Valid: expressions whose meaning depends on operator precedence and associativity.
a, b, c, d = 1, 2, 3, 4
r = a + b * c
r = (a + b) * c
r = a - b - c
r = a ** b ** c
r = -a ** 2
r = (-a) ** 2
r = 2 ** -1
r = a * b / c // d % a
r = a + b << c - d
r = a & b | c ^ d
r = a | b ^ c & d
r = a << b >> c
r = ~a + -b - +c
r = not a == b
r = not a and b or c
r = a or b and c
r = a if b else c if d else a
r = (a if b else c) if d else a
r = a and b if c else d or a
r = lambda: a if b else c
r = a < b == c
r = a + b < c * d
r = a | b < c & d
r = a is not b is c
r = not not a
r = - - a
r = + - ~ a
r = a @ b if False else a * b
r = a ** -b ** c
r = a * -b
r = a ** ~b
r = (a := 5) + 1
r = [x for x in range(3) if x if not x or x]
r = a[b] ** c
r = a.real ** b.imag
r = await_ = 1
r = a % b * c
r = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8
r = 1 if 2 else 3, 4
r = a, b if c else d
