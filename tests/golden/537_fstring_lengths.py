# f-strings whose result is short (built on the stack, text inside the str object) or
# long (heap text), with int, str, non-ASCII and formatted parts, at every length
# around the 24-byte boundary; str(int) of every size.

for n in range(0, 30):
    a = "a" * n
    s = f"{a}"
    t = f"<{a}>"
    u = f"{n}:{a}"
    v = f"{a}{-n}{a}"
    print(n, len(s), len(t), len(u), len(v), s == a, t[1:-1] == a, u.split(":")[1] == a, v.count("-"))

for k in [0, 7, -7, 10**5, -10**9, 2**62, -(2**63), 10**23, -(10**24), 10**40]:
    s = f"{k}"
    t = f"[{k}|{k}]"
    print(len(s), s == str(k), t, len(t), int(s) == k, str(k) == repr(k), hash(s) == hash(str(k)))

for c in ["é", "€", "🐍"]:
    for n in (5, 6, 7, 8, 11, 12, 13):
        s = f"{c * n}{n}"
        print(n, len(s), len(s.encode()), s[-2:], s[:2] == c * 2, s == c * n + str(n))

names = ["x", "yy", "zzz"]
d = {}
for i in range(40):
    k = f"{names[i % 3]}{i}"
    d[k] = i
print(len(d), d["x0"], d["zzz38"], f"{names[1]}{13}" in d, sorted(d)[:5])
print(f"{'abc'!r}{12}", f"{3.5}{'é'}", f"{True}{None}", f"{'x':>5}|{7:03d}", f"{'q' * 30}"[-3:])
big = f"{'item'}{12345678901234567890}:{'é' * 3}"
print(big, len(big), big.upper(), big[4:10], big.split(":"))
