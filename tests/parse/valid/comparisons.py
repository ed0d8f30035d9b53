# Valid: every comparison operator and chained comparisons, including `not in` and `is not`.
a, b, c = 1, 2, 3
xs = [1, 2]
r = a < b
r = a > b
r = a == b
r = a >= b
r = a <= b
r = a != b
r = a in xs
r = a not in xs
r = a is b
r = a is not b
r = a < b < c
r = a < b <= c != a == b > a >= a
r = a is b is not c in xs not in xs
r = a < b and b < c or not a == c
r = (a < b) < c
r = a < (b < c)
r = not a in xs
r = not a is b
r = a in xs in [xs]
r = [a] == [b] != [c]
r = a<b>c
r = a!=b
r = 1<2<3<4<5<6<7<8<9<10
r = "a" < "b" <= "c" > "B"
r = None is None is not False
