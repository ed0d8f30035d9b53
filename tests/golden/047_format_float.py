# Format-spec mini language for floats.
specs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f", ",.2f",
         "_.1f", "e", ".2e", "E", ".0e", "g", ".3g", ".10g", "G", "#.0f", "#g", "%", ".1%", "n",
         "=+10.1f", "*>12.4g", ".2", "#.3", ".0%"]
vals = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234567.891, 0.000123456, 1e21, 1e-10, 123456789012.0,
        2.5, 0.5, 1.5, 99.995, float("inf"), float("-inf"), float("nan"), 1e16, 123.0, 1/3]
for v in vals:
    out = []
    for spec in specs:
        out.append(format(v, spec))
    print(repr(v), out)
print(format(1234.5678, "015,.2f"), format(-1234.5678, "015,.2f"), format(1e6, ",.0f"))
print(format(0.1, ".20f"), format(2**0.5, ".15f"), format(1/7, ".17g"), format(1e300, ".3e"))
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(-3, "g"), format(10**16, ".3g"))
for bad in ["d", "x", "c", "b", ",_"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(f"{2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f} {-0.5:.0f}")
