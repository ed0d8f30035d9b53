# round, divmod, pow, abs across numeric types.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(1234.5678, -2))
print(round(10), round(10, -1), round(15, -1), round(25, -1), round(-15, -1), type(round(2.7)).__name__, type(round(2.7, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10**20, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(10, 100, 13))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(10**30)), abs(float("-inf")))
class Num:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return f"round({self.v}, {n})"
    def __abs__(self):
        return f"abs({self.v})"
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __pow__(self, o, mod=None):
        return ("pow", self.v, o, mod)
    def __rpow__(self, o):
        return ("rpow", o, self.v)
n = Num(7)
print(round(n), round(n, 2), abs(n), divmod(n, 2), pow(n, 2), pow(n, 2, 5), n ** 3, 2 ** n)
for bad in [lambda: divmod("a", 1), lambda: abs(None), lambda: pow("2", 2), lambda: round(None), lambda: divmod(1, 0.0)]:
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
amounts = [12.345, 0.005, 2.675, 1.0049, 99.995]
print([round(a, 2) for a in amounts], [round(a) for a in amounts])
print(sum(divmod(n, 60)[0] for n in (59, 60, 3599, 3600)), [divmod(s, 60) for s in (0, 59, 61, 3725)])
