# Valid: for loops with else clauses, various targets and iterables.
for i in range(3):
    pass
else:
    finished = True
for ch in "hello":
    if ch == "l":
        break
else:
    finished = False
for k, v in {"a": 1}.items():
    pass
for x in 1, 2, 3:
    pass
for x in [1, 2], [3]:
    pass
for x in *[1, 2], 3:
    pass
for i in range(10) if True else []:
    pass
class Obj:
    pass
o = Obj()
for o.attr in range(2):
    pass
arr = [0]
for arr[0] in range(2):
    pass
for (a) in []:
    pass
for x in range(2): pass
else: pass
