# Valid: explicit line joining with a backslash in statements, expressions and headers.
total = 1 + \
        2 + \
        3
if total > 1 and \
   total < 10:
    pass
x = \
    5
with open(__file__) as a, \
     open(__file__) as b:
    pass
def f(a,
      b) \
        -> int:
    return a + \
b
assert total, \
    "message"
y = [1,
     2] + \
    [3]
s = "abc" \
    "def"
import os, \
    sys
for i in \
        range(3):
    pass
z = 1 +\
2
del x, \
    y
while \
      False:
    pass
q = 3 \
  \
  + 4
