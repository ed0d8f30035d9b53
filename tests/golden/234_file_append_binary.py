# Append mode, binary mode, 'x' mode, and mixing.
import os
path = f"tmp_ab_{os.getpid()}.dat"
with open(path, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(path, "a") as f:
        f.write(f"append {i}\n")
with open(path) as f:
    print(f.read().splitlines())
with open(path, "wb") as f:
    print(f.write(bytes(range(10))), f.write(b"\xff\xfe"), f.write("é".encode()))
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, "rb") as f:
    print(f.read(3), f.read(2), f.read())
with open(path, "ab") as f:
    f.write(b"tail")
with open(path, "rb") as f:
    print(f.read()[-6:])
with open(path, "w", encoding="utf-8") as f:
    f.write("line1\r\nline2\n")
with open(path, "rb") as f:
    print(f.read())
try:
    with open(path, "x") as f:
        f.write("never")
except FileExistsError as e:
    print("FileExistsError:", type(e).__name__)
os.remove(path)
with open(path, "x") as f:
    f.write("created exclusively")
with open(path) as f:
    print(f.read())
with open(path, "rb") as f:
    raw = f.read()
print(raw.decode("utf-8").upper(), raw.count(b"e"))
try:
    with open(path, "rb") as f:
        f.write(b"x")
except (OSError, ValueError) as e:
    print(type(e).__name__)
try:
    with open(path, "w") as f:
        f.write(b"bytes to text file")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "wb") as f:
        f.write("text to binary file")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
print(os.path.exists(path))
