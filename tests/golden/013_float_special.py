# inf, -inf and nan behaviour.
inf = float("inf")
nan = float("nan")
ninf = -inf
print(inf, ninf, nan, -nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, ninf < -1e308, inf == inf, ninf == -inf, inf > ninf)
print(nan == nan, nan != nan, nan < 0, nan > 0, nan <= nan, nan is nan)
print(inf + ninf, nan + 1, nan * 0, 0 * nan, nan ** 0, 1 ** nan, inf ** 0)
print(max(1, inf), min(1, ninf), abs(ninf), -ninf, inf // 1, inf % 1)
print(1 % inf, -1 % inf, 1 // inf, -1 // inf, 5 % ninf, -5 % ninf)
print(inf * inf, inf ** 2, 2 ** inf, 0.5 ** inf, 2 ** ninf, (-inf) ** 3)
print([nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
x = nan
print(x == x, [x] == [x], (x,) == (x,), x in {x: 1})
print(float("inf") == 10**400, inf > 10**400, -(10**400) > ninf)
vals = [3.0, inf, -2.0, ninf, 0.0]
print(sorted(vals), sum(vals[:3]), sum([inf, ninf]))
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
print(round(inf) if False else "skip", str(-0.0), repr(0.0 * -1))
for f in (int, round):
    for v in (inf, ninf, nan):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(inf.is_integer(), nan.is_integer())
print(float("-inf") < float("inf"), float("nan") == float("nan"))
print(hash(0.0) == hash(0) == hash(-0.0), hash(1.0) == hash(1), hash(2.0**80) == hash(2**80))
