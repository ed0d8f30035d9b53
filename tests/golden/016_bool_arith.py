# bool is a subclass of int.
print(True + True, True - False, True * 10, True / 2, False // 1, True % 2, True ** 5)
print(-True, +True, ~True, abs(-True), int(True), float(False), str(True), repr(False))
print(sum([True, False, True, True]), max(True, False), min([True, 2, -1]))
print(True == 1, False == 0, True is True, True is not False, type(True) is bool)
print(isinstance(True, int), issubclass(bool, int), bool.__name__, type(True + 1).__name__)
print(bool(), bool(0), bool(0.0), bool(""), bool([]), bool(()), bool({}), bool(set()), bool(None))
print(bool(1), bool(-1), bool("0"), bool(" "), bool([0]), bool((None,)), bool({0: 0}), bool(range(1)))
print(bool(range(0)), bool(b""), bool(b"\x00"))
print(not True, not False, not 0, not "", not "x", not not [], not None)
print(True and 5, 0 and 5, 5 and 0, "" or "default", "x" or "y", None or 0 or [] or "last")
print(True and False or True, not (True and False), True or 1 / 0, False and 1 / 0)
print([1, 2, 3][True], "abc"[False], {True: "t"}[1], (10, 20)[True])
flags = [x > 2 for x in range(6)]
print(flags, flags.count(True), sum(flags), any(flags), all(flags))
print(True < 2, True > 0.5, sorted([True, False, 0, 1, 2, -1]))
print(f"{True}", f"{True:d}", f"{True!r}", "%d %s %r" % (True, False, True), format(True, "5"))
print(str(True).upper(), len(str(False)), "True" == str(True))
x = True
x += 1
print(x, type(x).__name__)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(hash(True), hash(False), True.real, True.bit_length())
