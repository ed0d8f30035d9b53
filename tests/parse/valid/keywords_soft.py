# Valid: soft keywords and builtin names used as ordinary identifiers (no `match` statements).
match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
match += 1
def match_all(match, case=None):
    return match, case
class type_:
    match = "attr"
obj = type_()
obj.match = 5
r = obj.match
d = dict(match=1, case=2, type=3)
match = [1, 2]
match[0] = 0
case = match[1:]
print_ = print
list = [1]
id = 5
async_ = 1
await_ = 2
