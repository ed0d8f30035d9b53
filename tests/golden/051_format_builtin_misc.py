# format() builtin, number formatting helpers and alignment tables.
print(format(0.5), format(10), format("s"), format(3, "") == str(3), format(2.0, "") == str(2.0))
print(format(1234567.0, ",.1f"), format(1234567, "_"), format(-0.0, ".1f"), format(-0.0001, ".2f"))
print(format(0.000001234, "g"), format(123456789.0, "g"), format(100000.0, "g"), format(1000000.0, "g"))
print(format(1e-5, ""), format(1e-4, ""), format(1.0e16, ""), format(1.0e15, ""), format(12.0, "g"))
print(format(0.1, ".1g"), format(0.15, ".1g"), format(0.25, ".1g"), format(15, ".1g"), format(150, ".2g"))
print(format(123.456, "#.0f"), format(123.0, "#g"), format(0.0, "g"), format(0.0, "e"), format(-0.0, "g"))
print(format(42, "c"), format(9731, "c"), format(0x1F600, "c"))
for n in (0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**12):
    print("%15s %15s %15s %18s" % (format(n, ","), format(n, "_"), format(n, "_x"), format(n, "#_b")[-18:]))
def fmt_table(rows, headers):
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    line = "+".join("-" * (w + 2) for w in widths)
    print("+" + line + "+")
    print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
    print("+" + line + "+")
    for r in rows:
        cells = []
        for v, w in zip(r, widths):
            cells.append(format(v, ">" + str(w)) if isinstance(v, (int, float)) else format(v, "<" + str(w)))
        print("| " + " | ".join(cells) + " |")
    print("+" + line + "+")
fmt_table([["apple", 3, 1.25], ["kiwi", 120, 0.5], ["watermelon", 1, 12.75]], ["fruit", "n", "price"])
fmt_table([["x", 0, 0.0]], ["a-long-header", "b", "c"])
