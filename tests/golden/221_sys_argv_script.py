# A script that parses sys.argv (the harness passes no extra arguments).
import sys
def parse(argv):
    opts = {"verbose": False, "count": 1, "names": []}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("-v", "--verbose"):
            opts["verbose"] = True
        elif a == "--count":
            i += 1
            opts["count"] = int(argv[i])
        elif a.startswith("--count="):
            opts["count"] = int(a.split("=", 1)[1])
        elif a.startswith("-"):
            raise SystemExit(f"unknown option {a}")
        else:
            opts["names"].append(a)
        i += 1
    return opts
print("script name ends with .py:", sys.argv[0].endswith(".py"))
print("script:", sys.argv[0].rsplit("/", 1)[-1])
print("args given:", sys.argv[1:])
print(parse(sys.argv[1:]))
print(parse(["-v", "--count", "3", "alice", "--count=5", "bob"]))
try:
    parse(["--bogus"])
except SystemExit as e:
    print("SystemExit:", e.code)
names = sys.argv[1:] or ["world"]
for name in names:
    print(f"Hello, {name}!")
