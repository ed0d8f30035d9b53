# Uncaught KeyError whose key is a tuple (coordinates in a sparse grid).
grid = {(0, 0): "start", (0, 1): "path", (1, 1): "path", (2, 1): "goal"}
def walk(moves):
    pos = (0, 0)
    print("at", pos, grid[pos])
    for dr, dc in moves:
        pos = (pos[0] + dr, pos[1] + dc)
        print("at", pos, grid[pos])
    return pos
print("final", walk([(0, 1), (1, 0), (1, 0)]))
print("second walk goes off the path")
walk([(0, 1), (0, 1)])
print("not reached")
