# Graph algorithms: BFS shortest paths, DFS order, connected components, cycle detection, bipartite check.
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g"), ("h", "h")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
for k in graph:
    graph[k].sort()
print(graph)
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        u = queue[head]
        head += 1
        for v in graph[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                queue.append(v)
    return dist, parent
def path(parent, target):
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    return out[::-1]
dist, parent = bfs("a")
print(dist, path(parent, "e"))
def dfs(start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(graph[u]))
    return order
print(dfs("a"), dfs("f"))
def components():
    seen, comps = set(), []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps
print(components())
def has_cycle_directed(g):
    WHITE, GRAY, BLACK = 0, 1, 2
    color = {n: WHITE for n in g}
    def visit(n):
        color[n] = GRAY
        for m in g.get(n, []):
            if color.get(m, WHITE) == GRAY:
                return True
            if color.get(m, WHITE) == WHITE and visit(m):
                return True
        color[n] = BLACK
        return False
    return any(color[n] == WHITE and visit(n) for n in list(g))
print(has_cycle_directed({"x": ["y"], "y": ["z"], "z": []}), has_cycle_directed({"x": ["y"], "y": ["z"], "z": ["x"]}))
def bipartite(g):
    side = {}
    for s in sorted(g):
        if s in side:
            continue
        side[s] = 0
        queue = [s]
        while queue:
            u = queue.pop(0)
            for v in g[u]:
                if v not in side:
                    side[v] = 1 - side[u]
                    queue.append(v)
                elif side[v] == side[u]:
                    return None
    return sorted(k for k, v in side.items() if v == 0)
square = {1: [2, 4], 2: [1, 3], 3: [2, 4], 4: [1, 3]}
triangle = {1: [2, 3], 2: [1, 3], 3: [1, 2]}
print(bipartite(square), bipartite(triangle))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def grid_bfs():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    dist = {start: 0}
    q = [start]
    for (r, c) in q:
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
    return -1
print("maze distance:", grid_bfs())
