# Valid: expression statements of every shape (calls, names, literals, operators, docstrings).
"""A module docstring is an expression statement too."""
x = 1
y = 2
x
42
3.5
"a string on its own"
b"bytes on their own"
None
True
False
...
x + y
-x
not x
x if y else None
print(x)
print(x, y, sep=", ")
len([1, 2, 3])
(x, y)
[x, y]
{x: y}
{x, y}
x < y
x and y or not x
(lambda: 0)()
x.bit_length()
"abc".upper().lower()
[1, 2, 3][0]
(yield_ := 5)
x, y
x,
f"{x}"
(x)
((x))
