# Common bytes methods.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b.strip().split(b", "), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", b"yz"]), b", ".join([]))
print(b.find(b"o"), b.rfind(b"o"), b.find(b"zz"), b.count(b"l"), b.index(b"W"), b.rindex(b"l"), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b"  ".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"x".center(5, b"*"), b"7".zfill(3))
print(b"hello world".title(), b"hello".capitalize(), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"line1\nline2\r\nline3".splitlines(), b"a\tb".expandtabs(4))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a,b".split(",")
except TypeError as e:
    print("TypeError:", e)
try:
    b"-".join(["a"])
except TypeError as e:
    print("TypeError:", e)
packet = b"\x02LEN=05;DATA=hello;\x03"
body = packet[1:-1]
fields = dict(part.split(b"=") for part in body.split(b";") if part)
print(fields, int(fields[b"LEN"]), fields[b"DATA"].decode().upper())
print(bytes(reversed(b"abc")), bytes(sorted(b"hello")), bytes(x ^ 0x20 for x in b"MiXeD"))
