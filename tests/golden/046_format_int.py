# Format-spec mini language for integers.
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "=+7d", "+d", "-d", " d", "05d", "08,d", ",d", "_d",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "_b", "_x", "c", "n", "*^9", "0>6",
         "#08b", "e", ".2f", "%", "g", ".3", "+,"]
for v in [0, 7, -7, 255, 65, 1234567, -1234567, 2**40]:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append("ERR(" + str(e) + ")")
    print(v, row)
for bad in ["s", ".2d", "z", "=s", ",b", "#c", "+c"]:
    try:
        print(bad, format(42, bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
print(format(True, "d"), format(True, ""), format(False, "05"), format(True, "x"))
print("%s|%s|%s" % (format(-0, "+d"), format(10**20, ","), format(-(10**20), "_")))
