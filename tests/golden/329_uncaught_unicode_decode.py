# Uncaught UnicodeDecodeError decoding invalid UTF-8 bytes.
samples = [b"plain ascii", "caf\u00e9".encode(), "\u65e5\u672c".encode(), b"\xffbroken"]
for raw in samples[:3]:
    text = raw.decode("utf-8")
    print(len(raw), len(text), text)
print("lenient:", samples[3].decode("utf-8", "replace"))
print("strict:")
print(samples[3].decode("utf-8"))
print("not reached")
