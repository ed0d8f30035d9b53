# bytes literals, indexing, slicing, iteration and operators.
b = b"Hello\x00\xff"
print(b, len(b), b[0], b[-1], b[5], b[1:4], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b), tuple(b"ab"), [x for x in b"xyz"], sum(b"abc"))
print(b"" == bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"copy"))
print(b"abc" + b"def", b"ab" * 3, 2 * b"-", b"a" in b"cat", 97 in b"cat", b"" in b"x", 120 in b"abc")
print(b"abc" < b"abd", b"abc" == b"abc", b"a" < b"ab", b"b" > b"abc", b"abc" != "abc", max(b"hello"))
print(rb"\n", len(rb"\n"), b'single', b"double", b"""triple""", b"\x41\101\n\t\\")
print(bytes([0, 127, 128, 255]), bytes([10, 13, 9, 39, 34, 92]))
for bad in [[256], [-1], ["a"], 1.5]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
h = 0
for byte in b"checksum":
    h = (h * 31 + byte) % 65521
print(h, hash(b"x") == hash(b"x"))
print(bytes.fromhex("deadbeef"), bytes.fromhex("00 ff 10"), b"\xde\xad".hex(), b"".hex(), b"abc".hex())
print(isinstance(b"", bytes), type(b"").__name__, bytes.__name__, b"%d-%s" % (5, b"x"))
