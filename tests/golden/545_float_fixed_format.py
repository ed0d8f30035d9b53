# Fixed-precision float formatting ({x:.Nf}, format(x, ".Nf"), "%.Nf" % x) for N 0..12
# over ties, negative zero, subnormals, huge values and pseudo-random values: the
# spec fast path and the general path must both give CPython's correctly rounded digits.
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % (2**64)
    return seed / 2**64
vals = [0.0, -0.0, 0.125, 0.375, 2.5, -2.5, 0.005, 0.015, 1e20, 1e-20, -1e-9, 123456789.125, 2**53 + 0.0, 1.7976931348623157e308, 5e-324, 0.1, 0.7, 1.005, 2.675, -1.5, 0.045, 1e16, 9.995, 99.995, -0.0049]
vals += [(rnd() - 0.5) * 2e6 for _ in range(300)] + [rnd() / 1000 for _ in range(200)] + [i / 7 for i in range(-60, 60)] + [i / 8 for i in range(-40, 40)] + [i / 1000 for i in range(-2000, 2000, 37)]
for v in vals:
    print(" ".join(f"{v:.{p}f}" for p in range(0, 13)), f"{v:.2f}", format(v, ".1f"), "%.2f" % v)
