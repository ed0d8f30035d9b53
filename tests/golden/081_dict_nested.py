# Nested data structures: dicts of lists of dicts.
db = {
    "users": [
        {"id": 1, "name": "ann", "tags": ["admin", "dev"], "score": 9.5},
        {"id": 2, "name": "ben", "tags": [], "score": 7.25},
        {"id": 3, "name": "cy", "tags": ["dev"], "score": 8.0},
    ],
    "meta": {"version": (1, 2), "ok": True, "nothing": None},
}
print(db)
print(db["users"][0]["tags"][1], db["meta"]["version"][0], len(db["users"]))
by_tag = {}
for user in db["users"]:
    for tag in user["tags"]:
        by_tag.setdefault(tag, []).append(user["name"])
print(by_tag)
print({u["name"]: u["score"] for u in db["users"] if u["score"] > 7.5})
print(sorted(db["users"], key=lambda u: u["score"])[0]["name"], max(u["score"] for u in db["users"]))
db["users"][1]["tags"].append("new")
db["meta"]["nothing"] = {"now": "something"}
print(db["users"][1], db["meta"])
def deep_get(obj, *path, default=None):
    for p in path:
        try:
            obj = obj[p]
        except (KeyError, IndexError, TypeError):
            return default
    return obj
print(deep_get(db, "users", 2, "name"), deep_get(db, "users", 5, "name"), deep_get(db, "meta", "version", 1))
print(deep_get(db, "meta", "ok", "x", default="n/a"), deep_get(db, "meta", "nothing", "now"))
def count_leaves(o):
    if isinstance(o, dict):
        return sum(count_leaves(v) for v in o.values())
    if isinstance(o, (list, tuple)):
        return sum(count_leaves(v) for v in o)
    return 1
print(count_leaves(db))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
