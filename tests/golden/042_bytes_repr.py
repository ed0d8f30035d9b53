# repr of bytes with every byte value class.
print(bytes(range(32)))
print(bytes(range(32, 127)))
print(bytes(range(127, 160)))
print(bytes(range(250, 256)))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b""), str(b"x"))
print([b"a", b"\n"], (b"",), {b"k": b"v"})
print(b"\x00\x01\x02".hex(), b"\r\n\t".hex(), list(b"\r\n\t"))
for n in (0, 9, 10, 13, 31, 32, 65, 92, 126, 127, 128, 200, 255):
    print(n, bytes([n]), repr(bytes([n])), chr(n).encode("latin-1") == bytes([n]))
