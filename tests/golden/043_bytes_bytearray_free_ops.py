# Building and parsing bytes without bytearray: checksums, encodings, hex dumps.
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hx = " ".join("%02x" % c for c in chunk)
        txt = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        print("%04x  %-*s  |%s|" % (off, width * 3 - 1, hx, txt))
hexdump("Hello, wörld!\n\x00\x01 bytes ☕".encode())
hexdump(b"")
hexdump(bytes(range(0, 256, 17)))
def encode_varint(n):
    out = []
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def decode_varint(data):
    result = shift = 0
    for i, byte in enumerate(data):
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, i + 1
    raise ValueError("truncated varint")
for n in (0, 1, 127, 128, 300, 16384, 2**32, 2**64 + 1):
    enc = encode_varint(n)
    print(n, enc, enc.hex(), decode_varint(enc))
try:
    decode_varint(b"\x80\x80")
except ValueError as e:
    print("ValueError:", e)
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(adler32(b"Wikipedia"), hex(adler32(b"Wikipedia")), adler32(b""))
msg = b"attack at dawn"
key = b"k3y"
cipher = bytes(c ^ key[i % len(key)] for i, c in enumerate(msg))
print(cipher, bytes(c ^ key[i % len(key)] for i, c in enumerate(cipher)))
