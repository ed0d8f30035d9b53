# Assorted syntax: multiple targets, semicolons, line continuation, pass, Ellipsis, docstrings, numbers.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x = 1; y = 2; z = x + y
print(x, y, z)
total = 1 + \
    2 + \
    3
print(total)
long_list = [
    1, 2,
    3,  # trailing comment
]
print(long_list, (1 +
    2), {
    "k": "v",
})
def stub():
    pass
class Stub:
    ...
print(stub(), Stub.__name__, ..., Ellipsis, ... is Ellipsis, type(...).__name__)
def documented():
    """Docstring only."""
print(documented(), documented.__doc__)
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
print(0x10 + 0o10 + 0b10 + 10, 1_0 * 1_0, 1e1, 1E-1, .5, 5., 0.5e+1)
print("implicit" "concatenation", 'mixed' "quotes", """tri
ple""")
s = ("parenthesized "
     "string continuation")
print(s)
print(type(lambda: 0).__name__, (lambda: (yield))().__class__.__name__)
n = 5
n = -n
n = +n
n = ~n
print(n, not n, - - n)
print(1 if True else 2, [i for i in range(3)][-1], (1, 2)[::-1], {1: 2}.get(1))
print((1), (1,), (), [()], [(), ()])
print(2 + 3 * 4 ** 2 // 5 % 3 - -1, (2 + 3) * 4, 2 ** -1, -2 ** 2, not 1 == 2, 1 + 2 == 3 and 4 > 3)
print(1 < 2 and 2 < 3 or 1 / 0, 7 // 2 * 2 + 7 % 2, 3 & 5 | 2 ^ 1, 1 << 2 + 1)
# comment at end of file
