# chr, ord, hex, oct, bin, format with bases; ascii and repr of characters.
for cp in [0, 9, 10, 32, 48, 65, 97, 126, 127, 128, 160, 233, 960, 8364, 65535, 128512]:
    ch = chr(cp)
    print(cp, repr(ch), ascii(ch), ord(ch) == cp, hex(cp), oct(cp), bin(cp))
print(hex(0), hex(-1), hex(255), hex(-256), hex(2**64), oct(-8), bin(-5), bin(0))
print("".join(chr(c) for c in range(65, 91)), [ord(c) for c in "Hi!"])
print(ord("a") - ord("A"), chr(ord("a") + 25), chr(ord("0") + 7))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[Idx()], chr(Idx()))
def rot13(s):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + 13) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
print(ascii("plain"), ascii("naïve ☕"), ascii(["é", 1]), ascii(b"\xff"))
