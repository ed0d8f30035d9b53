# str.encode and bytes.decode round trips.
for s in ["hello", "héllo", "日本語", "😀", "", "a\x00b", "\u20ac100"]:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s, s.encode("utf-8") == b)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é日".encode("ascii", "replace"), "é日".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
data = "naïve ☕".encode("utf-8")
print(data, list(data[:6]), data.decode("utf-8"), data[:3].decode("utf-8", "replace"))
try:
    data[:3].decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff\xfeabc".decode("utf-8", "ignore"), b"\xffabc".decode("utf-8", "replace"), b"\xe9t\xe9".decode("latin-1"))
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError), issubclass(UnicodeError, ValueError))
total = 0
for word in ["a", "é", "日", "😀"]:
    n = len(word.encode())
    total += n
    print(word, n, word.encode().hex())
print(total, bytes.fromhex("e697a5").decode())
