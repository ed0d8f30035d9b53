# A backtracking sudoku solver with constraint propagation-lite.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
def parse(text):
    rows = [line for line in text.strip().splitlines()]
    return [[0 if c == "." else int(c) for c in row] for row in rows]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = [0]
def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cands = candidates(g, r, c)
                if not cands:
                    return False
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        steps[0] += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
def show(g):
    for i, row in enumerate(g):
        if i % 3 == 0 and i:
            print("------+-------+------")
        print(" | ".join(" ".join(str(d or ".") for d in row[k:k + 3]) for k in (0, 3, 6)))
def valid(g):
    units = [row for row in g] + [[g[r][c] for r in range(9)] for c in range(9)]
    units += [[g[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(u) == list(range(1, 10)) for u in units)
grid = parse(PUZZLE)
show(grid)
print(candidates(grid, 0, 2), candidates(grid, 4, 4))
print("solved:", solve(grid), "valid:", valid(grid), "placements tried:", steps[0])
show(grid)
bad = parse(PUZZLE)
bad[0][2] = 5
bad[0][0] = 0
bad[0][1] = 0
bad[1][1] = 5
print("contradiction solvable:", solve([row[:] for row in bad]))
