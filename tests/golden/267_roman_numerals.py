# Roman numeral conversion both ways with validation.
VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for v, sym in VALUES:
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)
SYMS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
def from_roman(s):
    if not s or any(ch not in SYMS for ch in s.upper()):
        raise ValueError(f"invalid roman numeral {s!r}")
    s = s.upper()
    total = 0
    for i, ch in enumerate(s):
        v = SYMS[ch]
        if i + 1 < len(s) and SYMS[s[i + 1]] > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical roman numeral {s!r} (did you mean {to_roman(total)}?)")
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 3888]:
    r = to_roman(n)
    print(n, r, from_roman(r), from_roman(r.lower()))
for bad in [0, 4000, -1, 2.5, True]:
    try:
        to_roman(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in ["", "IIII", "VX", "ABC", "MMMM", "IC"]:
    try:
        print(from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))
