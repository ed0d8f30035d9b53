# Valid: plain assignment, chained targets, attribute and subscript targets.
a = 1
a = b = c = 2
a = b = c = d = e = f = g = 0
class Box:
    pass
box = Box()
box.value = 10
box.value = box.other = 20
items = [0, 0, 0]
items[0] = 1
items[1] = items[2] = 5
items[0:2] = [7, 8]
items[::2] = [9, 9]
grid = {}
grid["row"] = {}
grid["row"]["col"] = 3
grid["a"] = grid["b"] = box.attr = a
x = (1)
x = (((1)))
x = y = (z) = 4
first = items[0] if items else None
total = sum(items) + len(items) * 2
