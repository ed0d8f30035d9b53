# Format-spec mini language for strings and other objects.
specs = ["", "s", "10", "<10", ">10", "^10", "*^10", "-<7", ".3", "10.3", "^9.2", ">1", "0>5", "x^6s"]
for v in ["", "abc", "hello world", "日本語", "é"]:
    print(repr(v), [format(v, s) for s in specs])
for bad in ["d", "+", ",", "=10", "#"]:
    try:
        print(format("abc", bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(None), format([1, 2]), format((1,), ""), format({"a": 1}))
try:
    format([1, 2], "10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(None, "s")
except TypeError as e:
    print("TypeError:", e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        if spec == "":
            return f"{self.c}C"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print(format(t), format(t, "F"), format(t, ".3f"), f"{t} {t:F} {t:08.2f}", "{:F}".format(t))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()), f"{Plain()!s:>8}")
try:
    format(Plain(), ">8")
except TypeError as e:
    print("TypeError:", e)
