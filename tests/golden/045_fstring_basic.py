# f-strings: expressions, nesting, conversions, escaping braces.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }" if False else "", f"{'nested'}")
print(f"{name.upper()} {name[::-1]} {len(name)} {items[-1]} {d['key']} {d['n'] ** 2}")
print(f"{{literal}} {{{n}}} {{}}", f"{n}{n}", f"a{''}b", f"{''!r}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {n:05d} {n:x} {n:#o} {n:b}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{name:^{width}}] [{n:{'+'}{width}d}]")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r} {3.0!s}")
print(f"{'yes' if n > 40 else 'no'} {[x * 2 for x in items]} {sum(x for x in items)}")
print(f"{(lambda x: x + 1)(5)} {dict(a=1)} {(1, 2)} {None} {True:d} {-n}")
print(f"multi {n}" f" part {name}" " plain")
print(f'''triple {n}
line {name}''')
x = 10
print(f"{x=}", f"{x = }", f"{x=:5}", f"{pi=:.3f}", f"{name=!s}", f"{items[0]=}", f"{x*2=}")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
obj_list = [("a", 1.5), ("bbb", 22.25), ("cc", 333.125)]
for label, val in obj_list:
    print(f"|{label:<5}|{val:>8.2f}|{label:*^7}|{val:+.1e}|")
print(f"{1_000_000:,} {1234567.891:,.2f} {255:_x} {0.25:%} {0.125:.1%}")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|")
print(f"{n:>+6} {-n:<6}| {n: } {-n: } {n:=+8}")
s = "quote's"
print(f"{s}", f'{s!r}', f"{len(s):03}")
