# UTF-8 text round trips through files, counting characters vs bytes.
import os
path = f"tmp_utf8_{os.getpid()}.txt"
lines = ["ascii only", "naïve café", "日本語のテキスト", "emoji 😀🎉", "mixed: ß→SS, ﬁ, Ω"]
with open(path, "w", encoding="utf-8") as f:
    for line in lines:
        f.write(line + "\n")
with open(path, encoding="utf-8") as f:
    back = f.read().splitlines()
print(back == lines)
for line in back:
    print(len(line), len(line.encode("utf-8")), line.upper())
print(os.path.getsize(path), sum(len(l.encode()) + 1 for l in lines))
with open(path, "rb") as f:
    raw = f.read()
print(raw[:20], raw.decode("utf-8").count("\n"))
with open(path, "wb") as f:
    f.write(b"caf\xc3\xa9 \xff bad byte\n")
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
with open(path, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
os.remove(path)
