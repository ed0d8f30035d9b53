# Int format specs with a zero flag or a small width (a fast path) next to the ones
# that take the general path, and their errors.
for v in [0, 5, -5, 42, -42, 12345, -12345, 2**62, -2**63, True]:
    print(repr(f"{v:05d}"), repr(f"{v:5}"), repr(f"{v:d}"), repr(f"{v:0}"), repr(f"{v:00}"), repr(f"{v:010d}"), repr(f"{v:2d}"), repr(format(v, "3")), repr("{:04}".format(v)))
for spec in ["05x", "+05d", "-5", " 5d", "05,", "05_d", "100d", "05n", "5s"]:
    try:
        print(spec, repr(format(-42, spec)))
    except ValueError as e:
        print(spec, "ValueError", e)
