# Iterating dicts: order after deletes and re-inserts, items unpacking.
d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d, list(d), list(d.values()))
del d[3]
d[3] = "back"
d[5] = "updated"
print(d)
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}->{v}", end="; ")
print()
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[0])):
    print(i, k, v)
print(next(iter(d)), next(iter(d.values())), next(iter(d.items())))
e = dict.fromkeys(range(10))
for k in list(e):
    if k % 3:
        del e[k]
print(e, len(e))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
for i in range(0, 10):
    big[i * 2] = "re"
print(list(big)[-12:])
order = {"z": 1, "y": 2, "x": 3}
order.pop("y")
order["y"] = 4
print(list(order.items()), min(order), max(order.values()))
print(dict(sorted(order.items())), dict(sorted(order.items(), key=lambda kv: -kv[1])))
