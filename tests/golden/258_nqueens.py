# N-queens: count all solutions, print the first board, and verify symmetry counts.
def solve(n):
    solutions = []
    cols = set()
    d1 = set()
    d2 = set()
    board = []
    def place(r):
        if r == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
first = solve(8)[0]
for r in range(8):
    print(" ".join("Q" if first[r] == c else "." for c in range(8)))
def rotate(sol):
    n = len(sol)
    out = [0] * n
    for r, c in enumerate(sol):
        out[c] = n - 1 - r
    return out
def mirror(sol):
    n = len(sol)
    return [n - 1 - c for c in sol]
def canonical(sol):
    forms = []
    s = sol
    for _ in range(4):
        forms.append(tuple(s))
        forms.append(tuple(mirror(s)))
        s = rotate(s)
    return min(forms)
unique = {canonical(s) for s in solve(8)}
print("distinct up to symmetry:", len(unique))
print(sorted(unique)[:3])
