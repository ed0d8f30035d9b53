# Conway's Game of Life on a small toroidal grid, detecting a cycle.
def parse(rows):
    return {(r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"}
def step(live, h, w):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 8, 10
glider = parse([".#", "..#", "###"])
state = glider
seen = {}
for gen in range(40):
    key = tuple(sorted(state))
    if key in seen:
        print("cycle: generation", gen, "repeats generation", seen[key])
        break
    seen[key] = gen
    if gen in (0, 1, 2, 3, 4):
        print("gen", gen, "population", len(state))
        print(render(state, H, W))
    state = step(state, H, W)
blinker = parse(["", ".###"])
print(render(blinker, 4, 5))
b2 = step(blinker, 4, 5)
print(render(b2, 4, 5))
print(step(b2, 4, 5) == blinker, step(set(), 3, 3), sorted(step(parse(["##", "##"]), 6, 6)))
