# Valid: with statements: single, multiple items, `as` targets of all kinds, parenthesised forms.
class CM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *exc):
        return False
a = CM()
c = CM()
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, c:
    pass
with a as (x, y):
    pass
with a as [x, y]:
    pass
class T:
    pass
t = T()
with a as t.attr:
    pass
slots = [0]
with a as slots[0]:
    pass
with (a as b, c as d):
    pass
with (a as b,
      c as d,):
    pass
with (a, c):
    pass
with (a):
    pass
with (CM()) as z:
    pass
with (
    CM() as first,
    CM(),
    CM() as third
):
    pass
with CM() as a1, \
     CM() as a2:
    pass
with a: pass
