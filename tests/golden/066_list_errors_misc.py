# list() conversions and error messages.
print(list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.values()), list(range(0)), list(b"AB"), list(x for x in "xy"))
def exec_unpack(seq):
    a, b = seq
    return a, b
for label, fn in [
    ("list(5)", lambda: list(5)),
    ("[1,2][1.0]", lambda: [1, 2][float(1)]),
    ("[1]+(2,)", lambda: [1] + (2,)),
    ("[1]*[2]", lambda: [1] * [2]),
    ("[1]-[1]", lambda: [1] - [1]),
    ("[].index(0)", lambda: [].index(0)),
    ("[1,2,3][10]", lambda: [1, 2, 3][10]),
    ("[[]][0][0]", lambda: [[]][0][0]),
    ("hash([])", lambda: hash([])),
    ("{[]: 1}", lambda: {[]: 1}),
    ("{[1]}", lambda: {(1,), [1]}),
    ("list(1,2)", lambda: list(1, 2)),
    ("[1,2] < [1,'a']", lambda: [1, 2] < [1, "a"]),
    ("max([])", lambda: max([])),
    ("[].pop()", lambda: [].pop()),
    ("[1,2,3][::0]", lambda: [1, 2, 3][::0]),
    ("a, b = [1]", lambda: exec_unpack([1])),
    ("a, b = [1,2,3]", lambda: exec_unpack([1, 2, 3])),
]:
    try:
        r = fn()
        print(label, "=", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
