# print(): sep, end, file, flush, multiple args, no args, and output interleaving with sys.stdout.write.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=";")
print(*range(5), sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
print("", end="")
print("", "", sep="x")
print("multi\nline\nstring")
print("tab\tseparated", "unicode: ünïcödé ✓")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", bogus=1)
except TypeError as e:
    print("TypeError:", e)
class Shout:
    def __str__(self):
        return "SHOUT"
print(Shout(), [Shout()][0], str(Shout()))
print("final line", file=sys.stdout)
print("stderr last", file=sys.stderr)
