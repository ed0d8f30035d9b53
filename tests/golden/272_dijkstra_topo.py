# Dijkstra with a hand-rolled heap, topological sort (Kahn), and a build-order resolver.
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[c] < h[i]:
                h[c], h[i] = h[i], h[c]
                i = c
            else:
                break
    return top
roads = {"A": {"B": 7, "C": 9, "F": 14}, "B": {"A": 7, "C": 10, "D": 15}, "C": {"A": 9, "B": 10, "D": 11, "F": 2},
         "D": {"B": 15, "C": 11, "E": 6}, "E": {"D": 6, "F": 9}, "F": {"A": 14, "C": 2, "E": 9}, "G": {}}
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    h = [(0, src)]
    done = set()
    while h:
        d, u = heappop(h)
        if u in done:
            continue
        done.add(u)
        for v, w in sorted(g[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heappush(h, (nd, v))
    return dist, prev
dist, prev = dijkstra(roads, "A")
print(sorted(dist.items()))
for target in "BDEFG":
    if target not in dist:
        print(target, "unreachable")
        continue
    p, cur = [], target
    while cur != "A":
        p.append(cur)
        cur = prev[cur]
    print(target, dist[target], "->".join(["A"] + p[::-1]))
deps = {"app": ["lib", "utils", "config"], "lib": ["utils", "core"], "utils": ["core"], "core": [],
        "config": [], "tests": ["app", "mock"], "mock": ["core"]}
def topo(deps):
    indeg = {n: 0 for n in deps}
    users = {n: [] for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
            users[d].append(n)
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle among: " + ", ".join(sorted(n for n in deps if n not in order)))
    return order
print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("ValueError:", e)
