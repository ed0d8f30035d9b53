# Create a private directory, write files, list them, remove everything.
import os
base = f"tmp_listdir_{os.getpid()}"
os.mkdir(base)
print("created dir exists:", os.path.isdir(base))
names = ["b.txt", "a.txt", "c.log", "data.csv"]
for i, n in enumerate(names):
    with open(os.path.join(base, n), "w") as f:
        f.write(n * (i + 1))
print(sorted(os.listdir(base)))
print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
sizes = {n: os.path.getsize(os.path.join(base, n)) for n in sorted(os.listdir(base))}
print(sizes)
os.mkdir(os.path.join(base, "sub"))
print(sorted(os.listdir(base)), [n for n in sorted(os.listdir(base)) if os.path.isdir(os.path.join(base, n))])
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError:", type(e).__name__, isinstance(e, OSError))
os.rename(os.path.join(base, "c.log"), os.path.join(base, "renamed.log"))
print(sorted(os.listdir(base)))
for n in os.listdir(base):
    p = os.path.join(base, n)
    if os.path.isfile(p):
        os.remove(p)
os.rmdir(os.path.join(base, "sub"))
print(os.listdir(base))
os.rmdir(base)
print("removed:", not os.path.exists(base))
try:
    os.remove(os.path.join(base, "gone.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    os.listdir(base)
except FileNotFoundError as e:
    print("FileNotFoundError on listdir:", isinstance(e, OSError))
