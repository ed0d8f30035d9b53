# Valid: list, dict and set displays including unpacking items and trailing commas.
l = []
l = [1]
l = [1, 2, 3]
l = [1, 2, 3,]
l = [[], [[]], [[], []]]
l = [1, "two", 3.0, None, [4], (5,), {6}, {7: 8}]
l = [
    1,
    2,
]
a = [1, 2]
l = [*a, *a, 0]
l = [*a]
l = [*range(3), *"ab"]
d = {}
d = {"a": 1}
d = {"a": 1, "b": 2,}
d = {1: "one", (2, 3): "pair", None: 0, 4.5: [1]}
d = {**d}
d = {**d, "z": 26, **{"y": 25}}
d = {"k": lambda: 0, "j": {"nested": {"deep": 1}}}
d = {
    "multi": 1,
    "line": 2,
}
d = {x: x for x in []}
s = {1}
s = {1, 2, 3,}
s = {*a}
s = {*a, *"xyz", 0}
s = {(1, 2), "a", 3}
s = set()
empty_dict_not_set = {}
m = {a[0]: a[1] if a else 0}
m = {"k": (v := 1)}
