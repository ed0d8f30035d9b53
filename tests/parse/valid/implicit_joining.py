# Valid: implicit line joining inside (), [] and {}, with comments and odd indentation.
values = [
    1,
  2,
        3,   # comment inside brackets
# comment at column 0 inside brackets

    4,
]
mapping = {
    "a": 1,
        "b": 2,
    # comment
    "c": [
        1, 2,
        3,
    ],
}
result = (1
+ 2
        - 3)
def f(a,
        b,
    c):
    return (a +
b + c)
call = f(
    1,
    2,
    3,
)
s = ("implicit"
     "concat")
t = (
)
u = [
]
v = {
}
nested = [[(
    1,
)],
 [2]]
if (values and
mapping):
    pass
x = f(1,
      # a comment line in the middle
      2, 3)
