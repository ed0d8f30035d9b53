# Converting integers to strings in various bases and back.
for n in [0, 1, -1, 7, 8, 255, -255, 4096, 65535, 2**31, -(2**31), 2**64 + 17]:
    print(n, bin(n), oct(n), hex(n), str(n), repr(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "d"))
print(format(-255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for base in (2, 3, 7, 16, 36):
    for n in (0, 35, -36, 1000, 10**12):
        s = to_base(n, base)
        print(base, n, s, int(s, base) == n)
print(str(10**30), len(str(-(10**30))))
print(float(7), float(-0), float(10**20), float(2**63), float(2**1000) > 1e300)
print(int("  12  ") + int("-3"), str(12) + str(-3))
print(bool(0), bool(1), bool(-1), bool(10**100))
print(abs(-3), abs(True), abs(-0), -abs(-5))
print(chr(65), ord("A"), chr(0x1F600) == "\U0001F600", ord("é"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
