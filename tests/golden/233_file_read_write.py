# Writing a text file and reading it back with read(), readline(), readlines(), iteration.
import os
path = f"tmp_rw_{os.getpid()}.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third line without newline")
    print("write returned", n, "closed inside:", f.closed)
print("closed after with:", f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip("\n")))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.read(0)), repr(f.readline()))
with open(path) as f:
    print([len(l) for l in f], sum(1 for _ in open(path)))
f = open(path)
first = f.readline()
f.close()
print(repr(first), f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), f.readlines(), repr(f.readline()))
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(path) as f:
    print(f.read().split("\n"))
os.remove(path)
print("exists after remove:", os.path.exists(path))
