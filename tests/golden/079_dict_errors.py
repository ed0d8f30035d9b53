# KeyError messages and other dict errors.
d = {"a": 1, 2: "two", (1, 2): "tuple", None: 0}
for key in ["missing", 3, (1, 3), "", 2.5, False]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1}["A"]
except LookupError as e:
    print(type(e).__name__, isinstance(e, LookupError), str(e))
try:
    d.pop([])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}.items()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    d.nokey
except AttributeError as e:
    print("AttributeError:", e)
try:
    {}["x"]
except KeyError as e:
    print(str(e) == "'x'", e.args[0] == "x")
try:
    {}[""]
except KeyError as e:
    print(repr(str(e)))
try:
    {}[("a", 1)]
except KeyError as e:
    print(str(e), e.args)
