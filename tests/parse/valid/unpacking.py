# Valid: tuple, list, nested and starred unpacking in assignment and for targets.
a, b = 1, 2
a, b = b, a
(a, b) = (b, a)
[a, b] = [b, a]
a, = [1]
(a,) = [1]
[a] = [1]
a, (b, c) = 1, (2, 3)
[a, [b, c]] = [1, [2, 3]]
(a, [b, (c, d)]) = (1, [2, (3, 4)])
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3, 4]
head, *middle, tail = range(10)
[x, *ys] = "hello"
(*zs,) = (1, 2)
[*ws] = (1, 2)
a, *b, (c, *d) = 1, 2, 3, (4, 5, 6)
for i, j in [(1, 2), (3, 4)]:
    pass
for (i, j), k in [((1, 2), 3)]:
    pass
for [i, *rest] in [[1, 2, 3]]:
    pass
for first, *others in ["abc", "de"]:
    pass
class O:
    pass
o = O()
o.p, o.q = 1, 2
lst = [0, 0]
lst[0], lst[1] = lst[1], lst[0]
x = y, z = 1, 2
p, q = r, s = "ab"
