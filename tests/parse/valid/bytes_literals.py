# Valid: bytes literals with escapes, raw bytes, triple-quoted bytes and concatenation.
b0 = b""
b1 = b"abc"
b2 = b'\x00\x01\xff'
b3 = b"\n\t\r\\\"\'\a\b\f\v\0"
b4 = b"\101\102\377"
b5 = rb"\x00 raw"
b6 = b"""triple
quoted bytes"""
b7 = b'''another
one'''
b8 = b"con" b"cat" rb"\enation"
b9 = B"UPPER" + bytes(2)
b10 = b"\
continued"
b11 = b"~!@#$%^&*()_+`-={}|[]:;<>?,./"
