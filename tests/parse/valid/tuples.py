# Valid: tuple displays: empty, single-element with trailing comma, nested, unparenthesised.
t = ()
t = (())
t = 1,
t = (1,)
t = 1, 2
t = (1, 2)
t = 1, 2,
t = (1, 2,)
t = ((1, 2), (3, 4))
t = (1, (2, (3, (4,))))
t = (), ()
t = ((),)
t = "a", 
t = (
    1,
    2,
)
t = tuple()
x = t[0] if t else ()
for item in (1, 2): pass
def ret():
    return ()
u = (1)
u = (1) , (2)
v = (yield_ := 1),
