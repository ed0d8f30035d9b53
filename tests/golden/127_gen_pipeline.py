# A data processing pipeline built from generators.
LOG = """2024-01-01 INFO user=alice action=login
2024-01-01 WARN user=bob action=failed_login
2024-01-02 INFO user=alice action=view page=home
2024-01-02 ERROR user=carol action=crash code=500
2024-01-03 INFO user=bob action=login

2024-01-03 INFO user=bob action=view page=settings
2024-01-04 ERROR user=alice action=crash code=503
malformed line here
2024-01-05 INFO user=carol action=logout"""
def read_lines(text):
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line
def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) < 3 or "=" not in parts[2]:
            print(f"  skipping malformed record {n}: {line!r}")
            continue
        rec = {"date": parts[0], "level": parts[1]}
        for kv in parts[2:]:
            k, _, v = kv.partition("=")
            rec[k] = v
        yield rec
def where(records, **conds):
    for r in records:
        if all(r.get(k) == v for k, v in conds.items()):
            yield r
records = list(parse(non_empty(read_lines(LOG))))
print(len(records))
for r in where(records, level="ERROR"):
    print(r["date"], r["user"], r.get("code"))
print([r["user"] for r in where(records, action="login")])
by_user = {}
for r in records:
    by_user.setdefault(r["user"], []).append(r["action"])
print(by_user)
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
for b in batched((r["user"] for r in records), 3):
    print(b)
def enumerate_from(it, start):
    for x in it:
        yield start, x
        start += 1
print(list(enumerate_from("abc", 10)))
